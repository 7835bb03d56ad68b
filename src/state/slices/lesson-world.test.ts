import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../../engine/index.ts';
import { lessonById } from '../../scenarios/index.ts';
import { stepVerdict } from '../lesson-step.ts';
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

  // A tester's finding: "Run step 2" after step 5 ran answered 200 (the Deny of step 4 in place)
  // beside an explanation of the 403; step 4 run again answered 403 under "S3 accepts the policy".
  it.each([
    {
      name: 'step 2 run again after step 5 builds the world again and is denied over HTTP, as the lesson says',
      id: 'https-only-policy',
      before: [4],
      again: 1,
      statuses: [200, 403],
      ranFirst: { step: 1, earlier: [0], again: true },
    },
    {
      name: 'step 4 run again (the policy already applied) builds the world again and S3 accepts the policy: 204',
      id: 'https-only-policy',
      before: [3],
      again: 3,
      statuses: [200, 403, 200, 204],
      ranFirst: { step: 3, earlier: [0, 1, 2], again: true },
    },
    {
      name: 'step 1 run again after the key was disabled reads the object again: 200, not 400',
      id: 'sse-kms-disabled-key',
      before: [1],
      again: 0,
      statuses: [200],
      ranFirst: { step: 0, earlier: [], again: true },
    },
  ])('$name', async ({ id, before, again, statuses, ranFirst }) => {
    const store = testStore({ deps: () => deterministicDeps(2) });
    await store.getState().openLesson(lesson(id));
    for (const step of before) await store.getState().runLessonStep(step);
    const world = store.getState().worldId;
    await store.getState().runLessonStep(again);
    const open = store.getState().lesson;
    expect(store.getState().worldId).not.toBe(world);
    // Later steps ran in the world that was replaced: their answers are gone until they run again.
    expect(open?.runs.map((r) => r?.response.status)).toEqual(statuses);
    expect(open?.ranFirst).toEqual(ranFirst);
    expect(open?.current).toBe(again);
    expect(open?.compared).toEqual(statuses.map(() => true));
    expect(open && stepVerdict(open, again)).toBeUndefined();
    expect(store.getState().lastRun?.outcome).toBe(open?.runs[again]);
  });

  it('the next step, not run yet, runs in the world as it is, without building it again', async () => {
    const store = testStore({ deps: () => deterministicDeps(2) });
    await store.getState().openLesson(lesson('https-only-policy'));
    await store.getState().runLessonStep(1);
    const world = store.getState().worldId;
    await store.getState().runLessonStep(2);
    expect(store.getState().worldId).toBe(world);
    expect(store.getState().lesson?.ranFirst).toBeUndefined();
  });

  it('off script, a step run again stays in the world the learner changed, and its answer is flagged as not the lesson’s', async () => {
    const store = testStore({ deps: () => deterministicDeps(2) });
    await store.getState().openLesson(lesson('sse-kms-disabled-key'));
    await store.getState().runLessonStep(0);
    await store.getState().kmsCommand('kms:DisableKey', { KeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' });
    // Said at once, before any step runs again.
    expect(store.getState().lesson?.offScript).toBe(true);
    const world = store.getState().worldId;
    await store.getState().runLessonStep(0);
    const open = store.getState().lesson;
    expect(store.getState().worldId).toBe(world);
    expect(open?.runs[0]?.response.status).toBe(400);
    expect(open?.offScript).toBe(true);
    expect(open && stepVerdict(open, 0)).toMatchObject({
      kind: 'off-script',
      lines: expect.arrayContaining([expect.stringMatching(/^status: expected 200, got 400/)]),
    });
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
