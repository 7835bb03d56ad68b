/**
 * The store under overlapping requests and world swaps (issue 10, "Concurrency-safe"): every send
 * path goes through one gate, requests to one world are queued by the engine host, a swap has a
 * generation token, and nothing is left marked running.
 */
import { describe, expect, it } from 'vitest';
import { deterministicDeps, type Scenario } from '../engine/index.ts';
import { createEngineHost } from '../worker/host.ts';
import type { EnginePort } from './engine-port.ts';
import { SET_ASIDE_NOTICE } from './send-through.ts';
import { createPlaygroundStore } from './store.ts';
import { testStore } from './testing/test-store.ts';

const K1 = '1234abcd-12ab-34cd-56ef-1234567890ab';
const K2 = '0987dcba-09fe-87dc-65ba-ab0987654321';
const kmsPut = (key: string, keyId: string) => ({
  operation: 'PutObject' as const,
  key,
  body: 'data',
  headers: {
    'x-amz-server-side-encryption': 'aws:kms',
    'x-amz-server-side-encryption-aws-kms-key-id': keyId,
  },
});

async function readyStore(engine?: EnginePort) {
  const deps = () => deterministicDeps(5);
  const store = engine ? createPlaygroundStore({ engine }) : testStore({ deps });
  await store.getState().loadWorld({ kmsKeys: [{ id: K1 }, { id: K2 }] });
  expect(store.getState().worldStatus).toBe('ready');
  return store;
}

/** A lesson whose only step writes to a bucket that exists in the lesson's world alone. */
const LESSON: Scenario = {
  id: 'own-bucket',
  title: 'A lesson with its own bucket',
  setup: { bucket: 'lesson-bucket' },
  steps: [{ request: { operation: 'PutObject', bucket: 'lesson-bucket', key: 'k', body: 'x' } }],
};

/** A port whose sends wait until the test lets them go (after which none waits). */
function heldPort(inner: EnginePort) {
  const held: (() => void)[] = [];
  let holding = true;
  const port: EnginePort = {
    ...inner,
    send: async (...args) => {
      if (holding) await new Promise<void>((resolve) => held.push(resolve));
      return inner.send(...args);
    },
  };
  const release = async () => {
    while (held.length === 0) await new Promise((resolve) => setTimeout(resolve, 1));
    holding = false;
    for (const go of held.splice(0)) go();
  };
  return { port, release };
}

describe('overlapping requests through the store', () => {
  it('two requests at once each report only their own KMS events', async () => {
    const store = await readyStore();
    const [first, second] = await Promise.all([
      store.getState().sendRaw(kmsPut('first', K1)),
      store.getState().sendRaw(kmsPut('second', K2)),
    ]);
    const arns = (events: NonNullable<typeof first>['kmsEvents']) =>
      events.map((e) => (e.requestParameters.encryptionContext as Record<string, string>)['aws:s3:arn']);
    expect(arns(first?.kmsEvents ?? [])).toEqual(['arn:aws:s3:::test-bucket/first']);
    expect(arns(second?.kmsEvents ?? [])).toEqual(['arn:aws:s3:::test-bucket/second']);
    expect(store.getState().running).toBe(false);
  });

  it('a lesson step clicked while its lesson loads runs against the lesson’s world', async () => {
    const store = await readyStore();
    const opening = store.getState().openLesson(LESSON);
    const stepping = store.getState().runLessonStep(0);
    await Promise.all([opening, stepping]);
    // In the workspace's world the bucket does not exist (404 NoSuchBucket); in the lesson's it does.
    expect(store.getState().lesson?.runs[0]?.response.status).toBe(200);
    expect(store.getState().snapshot?.buckets.map((b) => b.name)).toEqual(['lesson-bucket']);
  });

  it('drops the answer of a request whose world was replaced while it ran', async () => {
    const { port, release } = heldPort(createEngineHost({ deps: () => deterministicDeps(5) }));
    const store = await readyStore(port);
    const sending = store.getState().sendRaw({ operation: 'PutObject', key: 'old', body: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.getState().loadWorld({ bucket: 'fresh-bucket' });
    await release();
    expect(await sending).toBeNull();
    expect(store.getState().lastRun).toBeNull();
    expect(store.getState().snapshot?.buckets.map((b) => b.name)).toEqual(['fresh-bucket']);
    expect(store.getState().running).toBe(false);
  });

  it('a request still running when a lesson opens is kept in the work the lesson sets aside, and shows when it closes', async () => {
    const { port, release } = heldPort(createEngineHost({ deps: () => deterministicDeps(5) }));
    const store = await readyStore(port);
    const sending = store.getState().sendRaw({ operation: 'PutObject', key: 'mine', body: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.getState().openLesson(LESSON);
    await release();
    expect(await sending).toBeNull();
    expect(store.getState().runNotice).toBe(SET_ASIDE_NOTICE);
    // The lesson's own world and answers are untouched by it.
    expect(store.getState().lastRun).toBeNull();
    expect(store.getState().snapshot?.buckets.map((b) => b.name)).toEqual(['lesson-bucket']);
    store.getState().closeLesson();
    await expect.poll(() => store.getState().lesson).toBeNull();
    await expect.poll(() => store.getState().snapshot?.buckets[0]?.name).toBe('test-bucket');
    const objects = store.getState().snapshot?.buckets[0]?.objects.map((o) => o.key);
    expect(objects).toEqual(['mine']);
    expect(store.getState().lastRun?.request.key).toBe('mine');
    expect(store.getState().history[0]?.request.key).toBe('mine');
    expect(store.getState().running).toBe(false);
  });

  it('a throw inside send leaves nothing marked running, and says what failed', async () => {
    const host = createEngineHost({ deps: () => deterministicDeps(5) });
    const store = await readyStore({
      ...host,
      send: async () => {
        throw new Error('engine bug');
      },
    });
    await store.getState().send();
    expect(store.getState().running).toBe(false);
    expect(store.getState().progress).toBeNull();
    expect(store.getState().runNotice).toContain('engine bug');
  });

  it('Cancel stops a request before S3 stores anything', async () => {
    const { port, release } = heldPort(createEngineHost({ deps: () => deterministicDeps(5) }));
    const store = await readyStore(port);
    store.getState().setDraft({ key: 'cancelled.txt' });
    const sending = store.getState().send();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(store.getState().running).toBe(true);
    store.getState().cancelSend();
    await release();
    await sending;
    expect(store.getState().lastRun).toBeNull();
    expect(store.getState().runNotice).toMatch(/Cancelled/);
    expect(store.getState().snapshot?.buckets[0]?.objects).toEqual([]);
    expect(store.getState().running).toBe(false);
  });

  it('a file body goes to the engine as its handle and is stored byte for byte', async () => {
    const store = await readyStore();
    const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7) % 256);
    store.getState().setDraft({ key: 'upload.bin' });
    store.getState().setBodyFile({ name: 'upload.bin', size: bytes.length, blob: new Blob([bytes]) });
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.status).toBe(200);
    const read = await store.getState().sendRaw({ operation: 'GetObject', key: 'upload.bin' });
    expect(read?.response.body).toEqual(bytes);
  });
});
