/** The saved scene as read back: every problem named by its JSON path, never an exception. */
import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../../worker/host.ts';
import { memoryKeyValueDb } from '../storage/index.ts';
import { createPlaygroundStore } from '../store.ts';
import { restoreScene } from './persist-scene.ts';
import { recordScenes } from './recorder.ts';
import { readSceneFile, SCENE_KEY } from './scene-file.ts';

function page() {
  const recorder = recordScenes(createEngineHost());
  return { recorder, store: createPlaygroundStore({ engine: recorder.port }) };
}

describe('a saved scene that does not read', () => {
  const valid = {
    v: 1,
    seed: { seed: new Uint8Array(32), at: 1 },
    base: {},
    setup: {},
    nextTurn: 2,
    entries: [{ kind: 'send', turn: { index: 1, at: 5 }, request: { operation: 'PutObject', key: 'k' } }],
  };
  it('reads a valid one', () => {
    expect(readSceneFile(valid).ok).toBe(true);
  });

  it.each([
    { name: 'a Blob (as saved now)', kept: new Blob([new Uint8Array([1, 2])]) },
    { name: 'bytes (as saved before)', kept: new Uint8Array([1, 2]) },
  ])('reads client-side bodies kept as $name', ({ kept }) => {
    const call = { keyId: 'k', principal: 'p', sourceIp: '203.0.113.10' };
    const entries = [
      { kind: 'encrypt-client-side', turn: { index: 1, at: 1 }, call, plaintext: kept },
      { kind: 'decrypt-client-side', turn: { index: 2, at: 1 }, call, body: kept, metadata: {} },
    ];
    const read = readSceneFile({ ...valid, nextTurn: 3, entries });
    expect(
      read.ok && read.value.entries.map((e) => ('plaintext' in e ? e.plaintext : 'body' in e && e.body)),
    ).toEqual([kept, kept]);
  });

  it.each([
    { name: 'a value that is not an object', saved: 'oops', path: '$', says: /must be an object/ },
    { name: 'an older format', saved: { ...valid, v: 0 }, path: '$.v', says: /older format/ },
    { name: 'a newer format', saved: { ...valid, v: 7 }, path: '$.v', says: /newer format/ },
    {
      name: 'a short seed',
      saved: { ...valid, seed: { seed: new Uint8Array(4), at: 1 } },
      path: '$.seed.seed',
      says: /32 bytes/,
    },
    {
      name: 'a broken set-up',
      saved: { ...valid, base: { account: 'abc' } },
      path: '$.base',
      says: /set-up/,
    },
    {
      name: 'a request without an operation',
      saved: { ...valid, entries: [{ kind: 'send', turn: { index: 1, at: 1 }, request: { key: 'k' } }] },
      path: '$.entries[0].request.operation',
      says: /must be text/,
    },
    {
      name: 'headers that are not text',
      saved: {
        ...valid,
        entries: [
          { kind: 'send', turn: { index: 1, at: 1 }, request: { operation: 'PutObject', headers: { a: 1 } } },
        ],
      },
      path: '$.entries[0].request.headers',
      says: /names to text/,
    },
    {
      name: 'a turn without a time',
      saved: { ...valid, entries: [{ kind: 'dropped', turn: { index: 1 }, operation: 'PutObject' }] },
      path: '$.entries[0].turn.at',
      says: /time/,
    },
    {
      name: 'an unknown kind of entry',
      saved: { ...valid, entries: [{ kind: 'teleport' }] },
      path: '$.entries[0].kind',
      says: /not a kind/,
    },
    {
      name: 'client-side plaintext that is neither a Blob nor bytes',
      saved: {
        ...valid,
        entries: [
          {
            kind: 'encrypt-client-side',
            turn: { index: 1, at: 1 },
            call: { keyId: 'k', principal: 'p', sourceIp: '203.0.113.10' },
            plaintext: 'text',
          },
        ],
      },
      path: '$.entries[0].plaintext',
      says: /must be bytes/,
    },
    {
      name: 'a last answer past the list',
      saved: { ...valid, lastAnswer: 3 },
      path: '$.lastAnswer',
      says: /index/,
    },
  ])('names the JSON path of $name', ({ saved, path, says }) => {
    const read = readSceneFile(saved);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.path).toBe(path);
    expect(read.error).toMatch(says);
  });

  it('opens the defaults with a notice that names the path, never throws', async () => {
    const db = memoryKeyValueDb();
    await db.put(SCENE_KEY, { ...valid, entries: [{ kind: 'send', turn: { index: 1, at: 1 }, request: 5 }] });
    const { store, recorder } = page();
    expect(await restoreScene(store, recorder, db)).toBe('none');
    expect(store.getState().loadNotice?.message).toMatch(/at \$\.entries\[0\]\.request: must be an object/);
    expect(store.getState().loadNotice?.message).toMatch(/the bucket starts empty/);
  });

  it('opens with a notice when the replay itself fails (a worker that died), never throws', async () => {
    const db = memoryKeyValueDb();
    await db.put(SCENE_KEY, valid);
    const host = createEngineHost();
    const recorder = recordScenes({
      ...host,
      send: async () => {
        throw new Error('the engine worker stopped');
      },
    });
    const store = createPlaygroundStore({ engine: recorder.port });
    expect(await restoreScene(store, recorder, db)).toBe('held');
    expect(store.getState().loadNotice?.message).toMatch(
      /could not be rebuilt \(the engine worker stopped\)/,
    );
  });

  it('finds nothing to restore in an empty store', async () => {
    const { store, recorder } = page();
    expect(await restoreScene(store, recorder, memoryKeyValueDb())).toBe('none');
    expect(store.getState().loadNotice).toBeNull();
  });
});
