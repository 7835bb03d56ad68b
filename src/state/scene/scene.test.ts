/** Issue 8 "the scene survives a reload": objects, versions, the audit log and the last answer. */
import { describe, expect, it } from 'vitest';
import { deterministicDeps, type RequestInput } from '../../engine/index.ts';
import { createEngineHost } from '../../worker/host.ts';
import { bootPlayground } from '../bootstrap.ts';
import { guardStorage, memoryKeyValueDb, memoryStorage } from '../storage/index.ts';
import { createPlaygroundStore, type PlaygroundState } from '../store.ts';
import { testBootEnv } from '../testing/boot-env.ts';
import { persistScene, restoreScene } from './persist-scene.ts';
import { recordScenes } from './recorder.ts';
import { readSceneFile, SCENE_KEY } from './scene-file.ts';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const setup = {
  account: '111122223333',
  bucket: 'test-bucket',
  versioning: 'Enabled' as const,
  kmsKeys: [{ id: KEY_ID, alias: 'alias/demo' }],
  // New buckets block SSE-C writes; this one allows them.
  bucketEncryption: {
    Rules: [
      {
        ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' as const },
        BlockedEncryptionTypes: { EncryptionType: ['NONE' as const] },
      },
    ],
  },
};
const sseC = {
  'x-amz-server-side-encryption-customer-algorithm': 'AES256',
  'x-amz-server-side-encryption-customer-key': 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=',
  'x-amz-server-side-encryption-customer-key-MD5': 'hRasmdxgYDKV3nvbahU1MA==',
};

function page(seed: number) {
  const recorder = recordScenes(createEngineHost({ deps: () => deterministicDeps(seed) }));
  const store = createPlaygroundStore({ engine: recorder.port });
  return { recorder, store };
}

async function session(requests: RequestInput[], includeKeys = false) {
  const db = memoryKeyValueDb();
  const first = page(1);
  first.store.getState().setIncludeKeys(includeKeys);
  await first.store.getState().loadWorld(setup);
  const persistence = persistScene(first.store, first.recorder, db, 60_000);
  for (const request of requests) await first.store.getState().sendRaw(request);
  persistence.flush();
  persistence.stop();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const second = page(2);
  const restored = await restoreScene(second.store, second.recorder.port, db);
  return { first: first.store.getState(), second: second.store.getState(), restored, db };
}

const objectsOf = (state: PlaygroundState) =>
  state.snapshot?.buckets[0]?.objects.map((o) => ({
    key: o.key,
    versions: o.versions.length,
    modes: o.versions.map((v) => v.mode),
  }));

describe('the scene across a reload', () => {
  it('rebuilds objects, versions, the audit log and the last answer', async () => {
    const { first, second, restored } = await session([
      { operation: 'PutObject', key: 'a.txt', body: 'one' },
      {
        operation: 'PutObject',
        key: 'a.txt',
        body: 'two',
        headers: {
          'x-amz-server-side-encryption': 'aws:kms',
          'x-amz-server-side-encryption-aws-kms-key-id': KEY_ID,
        },
      },
      { operation: 'PutObject', key: 'b.bin', body: new Uint8Array([1, 2, 3]) },
      { operation: 'GetObject', key: 'a.txt' },
    ]);
    expect(restored).toBe(true);
    expect(objectsOf(second)).toEqual(objectsOf(first));
    expect(objectsOf(second)).toEqual([
      { key: 'a.txt', versions: 2, modes: ['SSE-KMS', 'SSE-S3'] },
      { key: 'b.bin', versions: 1, modes: ['SSE-S3'] },
    ]);
    expect(second.snapshot?.auditLog.map((e) => e.eventName)).toEqual(
      first.snapshot?.auditLog.map((e) => e.eventName),
    );
    expect(second.lastRun?.request.operation).toBe('GetObject');
    expect(new TextDecoder().decode(second.lastRun?.outcome.response.body as Uint8Array)).toBe('two');
    expect(second.history).toHaveLength(4);
    expect(second.setup).toEqual(first.setup);
  });

  it('keeps a request with an SSE-C key only with "Include keys", and says what is missing', async () => {
    const requests: RequestInput[] = [
      { operation: 'PutObject', key: 'plain.txt', body: 'x' },
      { operation: 'PutObject', key: 'secret.txt', body: 'y', headers: sseC },
    ];
    const without = await session(requests);
    expect(objectsOf(without.first)?.map((o) => o.key)).toEqual(['plain.txt', 'secret.txt']);
    expect(JSON.stringify([...without.db.data.values()])).not.toContain(
      sseC['x-amz-server-side-encryption-customer-key'],
    );
    expect(objectsOf(without.second)?.map((o) => o.key)).toEqual(['plain.txt']);
    expect(without.second.loadNotice?.message).toMatch(/1 request that carried an SSE-C key was not kept/);
    const withKeys = await session(requests, true);
    expect(objectsOf(withKeys.second)?.map((o) => o.key)).toEqual(['plain.txt', 'secret.txt']);
    expect(withKeys.second.loadNotice).toBeNull();
  });

  it.each([
    { name: 'a value that is not an object', saved: 'oops', says: /not an object/ },
    { name: 'an older format', saved: { v: 0 }, says: /format 0/ },
    {
      name: 'a broken set-up',
      saved: { v: 1, base: { account: 'abc' }, setup: {}, entries: [] },
      says: /set-up/,
    },
    {
      name: 'a request that is not one',
      saved: { v: 1, base: {}, setup: {}, entries: [{ request: 5, at: 1 }] },
      says: /request 1/,
    },
  ])('ignores $name with a notice, and the page opens as usual', async ({ saved, says }) => {
    const db = memoryKeyValueDb();
    await db.put(SCENE_KEY, saved);
    const { store, recorder } = page(3);
    expect(await restoreScene(store, recorder.port, db)).toBe(false);
    expect(store.getState().loadNotice?.message).toMatch(says);
    expect(store.getState().loadNotice?.message).toMatch(/the bucket starts empty/);
  });

  it('finds nothing to restore in an empty store', async () => {
    const { store, recorder } = page(4);
    expect(await restoreScene(store, recorder.port, memoryKeyValueDb())).toBe(false);
    expect(store.getState().loadNotice).toBeNull();
  });

  it('reads back what it writes', async () => {
    const { db } = await session([{ operation: 'PutObject', key: 'a.txt', body: 'one' }]);
    expect(readSceneFile(await db.get(SCENE_KEY)).ok).toBe(true);
  });
});

describe('start-up with a saved scene', () => {
  it('a reload (of the page own #s= address) rebuilds the objects the first load stored', async () => {
    const raw = memoryStorage();
    const db = memoryKeyValueDb();
    let address = '';
    const env = () =>
      testBootEnv(
        guardStorage(() => raw),
        {
          hash: address,
          sceneDb: Promise.resolve(db),
          replaceHash: (hash) => {
            address = hash;
          },
          onLeave: (listener) => {
            leave = listener;
            return () => {};
          },
        },
      );
    let leave = () => {};
    const first = bootPlayground(env(), { engine: createEngineHost() });
    await first.ready;
    const stop = first.persist();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await first.store.getState().sendRaw({ operation: 'PutObject', key: 'survivor.txt', body: 'still here' });
    first.store.getState().setDraft({ key: 'survivor.txt' });
    leave();
    expect(address).toMatch(/^#s=/);
    stop();
    const second = bootPlayground(env(), { engine: createEngineHost() });
    await second.ready;
    expect(second.store.getState().snapshot?.buckets[0]?.objects.map((o) => o.key)).toEqual(['survivor.txt']);
    expect(second.store.getState().lastRun?.request.key).toBe('survivor.txt');
  });
});
