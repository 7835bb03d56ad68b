import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../../engine/index.ts';
import { lessonById } from '../../scenarios/index.ts';
import { DEFAULT_POLICY } from '../store.ts';
import { testStore } from '../testing/test-store.ts';

const keysOf = (snapshot: { kmsKeys: unknown[] } | null | undefined) => snapshot?.kmsKeys.length;
const objectsOf = (snapshot: { buckets: { objects: { key: string }[] }[] } | null | undefined) =>
  snapshot?.buckets.flatMap((b) => b.objects.map((o) => o.key));

const lesson = (id: string) => {
  const found = lessonById(id);
  if (!found) throw new Error(`no lesson ${id}`);
  return found.scenario;
};

/** A store holding the user's own work: an edited policy, a KMS key of their own and a stored object. */
async function storeWithOwnWork() {
  const store = testStore({ deps: () => deterministicDeps(5) });
  await store.getState().loadWorld(store.getState().setup);
  await store.getState().kmsCommand('kms:CreateKey', { Description: 'mine' });
  store.getState().setPolicyText(DEFAULT_POLICY.replace('DenyInsecureTransport', 'MyOwnEdit'));
  store.getState().setDraft({ key: 'mine.txt', bodyText: 'my own bytes' });
  await store.getState().send();
  return store;
}

describe('a lesson runs in its own world', () => {
  it('leaves the user’s policy, keys, objects, draft and results as they were, and gives them back on close', async () => {
    const store = await storeWithOwnWork();
    const before = store.getState();
    const ownKeys = keysOf(before.snapshot);
    expect(objectsOf(before.snapshot)).toEqual(['mine.txt']);
    await store.getState().openLesson(lesson('https-only-policy'));
    await store.getState().runLessonStep(0);
    const inLesson = store.getState();
    expect(inLesson.worldId).not.toBe(before.worldId);
    expect(inLesson.policyText).not.toBe(before.policyText);
    expect(objectsOf(inLesson.snapshot)).toEqual(['notes.txt']);
    store.getState().closeLesson();
    const after = store.getState();
    expect(after.lesson).toBeNull();
    expect(after.worldId).toBe(before.worldId);
    expect(after.policyText).toBe(before.policyText);
    expect(after.setup).toBe(before.setup);
    expect(after.draft).toBe(before.draft);
    expect(after.lastRun).toBe(before.lastRun);
    expect(after.history).toBe(before.history);
    expect(keysOf(after.snapshot)).toBe(ownKeys);
    expect(objectsOf(after.snapshot)).toEqual(['mine.txt']);
  });

  it('switching from one lesson to another still closes back to the user’s own work', async () => {
    const store = await storeWithOwnWork();
    const own = store.getState().worldId;
    await store.getState().openLesson(lesson('https-only-policy'));
    await store.getState().openLesson(lesson('sse-kms-disabled-key'));
    store.getState().closeLesson();
    expect(store.getState().worldId).toBe(own);
  });

  it('a lesson closed while its world is still being built does not replace the user’s world', async () => {
    const store = await storeWithOwnWork();
    const own = store.getState().worldId;
    const opening = store.getState().openLesson(lesson('https-only-policy'));
    store.getState().closeLesson();
    await opening;
    expect(store.getState().worldId).toBe(own);
    expect(store.getState().lesson).toBeNull();
  });
});

describe('steps run in order', () => {
  it('running step 3 first runs steps 1 and 2, and says so', async () => {
    const store = testStore({ deps: () => deterministicDeps(2) });
    await store.getState().openLesson(lesson('sse-kms-disabled-key'));
    await store.getState().runLessonStep(2);
    const open = store.getState().lesson;
    expect(open?.runs.map((r) => r?.response.status)).toEqual([200, 200, 400]);
    expect(open?.ranFirst).toEqual({ step: 2, earlier: [0, 1] });
    expect(open?.current).toBe(2);
    expect(open?.compared.slice(0, 3)).toEqual([true, true, true]);
    expect(open?.mismatches[2]).toEqual([]);
  });

  it('Restart lesson gives a fresh world with no step run', async () => {
    const store = testStore({ deps: () => deterministicDeps(2) });
    await store.getState().openLesson(lesson('sse-kms-disabled-key'));
    await store.getState().runLessonStep(1);
    const world = store.getState().worldId;
    await store.getState().restartLesson();
    expect(store.getState().worldId).not.toBe(world);
    expect(store.getState().lesson?.runs).toEqual([]);
    await store.getState().runLessonStep(0);
    expect(store.getState().lesson?.runs[0]?.response.status).toBe(200);
  });

  it('a step run again out of order is not compared, so no "differs from real S3" notice', async () => {
    const store = testStore({ deps: () => deterministicDeps(2) });
    await store.getState().openLesson(lesson('sse-kms-disabled-key'));
    await store.getState().runLessonStep(1);
    // Step 1 again: the key is disabled now, so the read fails, as it should in this world.
    await store.getState().runLessonStep(0);
    const open = store.getState().lesson;
    expect(open?.runs[0]?.response.status).toBe(400);
    expect(open?.compared[0]).toBe(false);
  });

  it('a request of the learner’s own in the lesson world stops the comparison until a restart', async () => {
    const store = testStore({ deps: () => deterministicDeps(2) });
    await store.getState().openLesson(lesson('sse-kms-disabled-key'));
    await store.getState().runLessonStep(0);
    await store.getState().kmsCommand('kms:DisableKey', { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' });
    await store.getState().runLessonStep(1);
    expect(store.getState().lesson?.offScript).toBe(true);
    expect(store.getState().lesson?.compared[1]).toBe(false);
    await store.getState().restartLesson();
    expect(store.getState().lesson?.offScript).toBe(false);
  });

  it('a step whose placeholder has no value says why, and the steps after it wait', async () => {
    const store = testStore({ deps: () => deterministicDeps(2) });
    const scenario = lesson('https-only-policy');
    const broken = {
      ...scenario,
      steps: scenario.steps.map((step, i) =>
        i === 0 ? { ...step, request: { ...step.request, query: { versionId: '{{versionId:4}}' } } } : step,
      ),
    };
    await store.getState().openLesson(broken);
    await store.getState().runLessonStep(1);
    const open = store.getState().lesson;
    expect(open?.problem).toEqual({
      step: 0,
      message: '{{versionId:4}} has no value: step 4 returned no x-amz-version-id',
    });
    expect(open?.runs).toEqual([]);
    expect(open?.current).toBe(0);
  });

  it('names the field that differs when an in-order answer is not the lesson’s', async () => {
    const store = testStore({ deps: () => deterministicDeps(2) });
    const scenario = lesson('https-only-policy');
    const wrong = {
      ...scenario,
      steps: scenario.steps.map((step, i) => (i === 0 ? { ...step, expect: { status: 403 } } : step)),
    };
    await store.getState().openLesson(wrong);
    await store.getState().runLessonStep(0);
    expect(store.getState().lesson?.mismatches[0]?.map((m) => m.field)).toEqual(['status']);
  });
});
