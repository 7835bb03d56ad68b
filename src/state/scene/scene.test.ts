/** Issue 8 "the scene survives a reload": objects, versions, the audit log and the last answer. */
import { describe, expect, it } from 'vitest';
import type { RequestInput, Setup } from '../../engine/index.ts';
import { createEngineHost } from '../../worker/host.ts';
import { bootPlayground } from '../bootstrap.ts';
import { guardStorage, memoryKeyValueDb, memoryStorage } from '../storage/index.ts';
import { createPlaygroundStore, type PlaygroundState } from '../store.ts';
import { testBootEnv } from '../testing/boot-env.ts';
import { persistScene, restoreScene } from './persist-scene.ts';
import { recordScenes } from './recorder.ts';
import { type SavedEntry, SCENE_KEY, type SceneFile } from './scene-file.ts';

const setup: Setup = {
  account: '111122223333',
  bucket: 'test-bucket',
  versioning: 'Enabled',
  // New buckets block SSE-C writes; this one allows them.
  bucketEncryption: {
    Rules: [
      {
        ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' },
        BlockedEncryptionTypes: { EncryptionType: ['NONE'] },
      },
    ],
  },
};
const SSE_C_KEY = 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=';
const sseC = {
  'x-amz-server-side-encryption-customer-algorithm': 'AES256',
  'x-amz-server-side-encryption-customer-key': SSE_C_KEY,
  'x-amz-server-side-encryption-customer-key-MD5': 'hRasmdxgYDKV3nvbahU1MA==',
};

/** A page: a store on a fresh engine (system randomness, as in the browser), recorded. */
function page(maxBytes?: number) {
  const recorder = recordScenes(createEngineHost(), maxBytes === undefined ? {} : { maxBytes });
  const store = createPlaygroundStore({ engine: recorder.port });
  return { recorder, store };
}

type Step = (state: PlaygroundState) => Promise<unknown>;

const sendRaw =
  (request: RequestInput | ((state: PlaygroundState) => RequestInput)): Step =>
  (state) =>
    state.sendRaw(typeof request === 'function' ? request(state) : request);

const keyIdOf = (state: PlaygroundState, alias: string) =>
  state.snapshot?.kmsKeys.find((k) => k.alias === alias)?.keyId ?? 'missing';
const uploadIdOf = (state: PlaygroundState) => state.snapshot?.buckets[0]?.uploads[0]?.uploadId ?? 'missing';

/** Runs the steps on a first page, saves, and restores on a second page with other randomness. */
async function reload(
  steps: Step[],
  { includeKeys = false, maxBytes }: { includeKeys?: boolean; maxBytes?: number } = {},
) {
  const db = memoryKeyValueDb();
  const first = page(maxBytes);
  first.store.getState().setIncludeKeys(includeKeys);
  await first.store.getState().loadWorld(setup);
  const persistence = persistScene(first.store, first.recorder, db, { delayMs: 60_000 });
  for (const step of steps) await step(first.store.getState());
  // A change after the last request, so the save has something pending to flush.
  first.store.getState().setIncludeKeys(includeKeys);
  first.store.setState({ history: [...first.store.getState().history] });
  persistence.flush();
  persistence.stop();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const second = page(maxBytes);
  const restored = await restoreScene(second.store, second.recorder, db);
  return {
    first: first.store.getState(),
    second: second.store.getState(),
    restored,
    db,
    store: second.store,
  };
}

/** What a reload must keep: every object and version with its ids and stored bytes, keys, the audit log. */
const sceneOf = (state: PlaygroundState) => ({
  buckets: state.snapshot?.buckets,
  kmsKeys: state.snapshot?.kmsKeys,
  auditLog: state.snapshot?.auditLog,
});

/** A saved value with every Blob read back into bytes (what a scene saved before Blobs held). */
async function withBytes(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return new Uint8Array(await value.arrayBuffer());
  if (value instanceof Uint8Array || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return Promise.all(value.map(withBytes));
  const out: Record<string, unknown> = {};
  for (const [name, inner] of Object.entries(value)) out[name] = await withBytes(inner);
  return out;
}

/** A send's body as the older format saved it: bytes in the request, no Blob beside it. */
function asOlderSend(entry: SavedEntry): SavedEntry {
  // withBytes read the Blob back, so bodyFile holds bytes here.
  const bytes: unknown = entry.kind === 'send' ? entry.bodyFile : undefined;
  if (entry.kind !== 'send' || !(bytes instanceof Uint8Array)) return entry;
  const { bodyFile: _read, ...rest } = entry;
  return { ...rest, request: { ...rest.request, body: bytes } };
}

const clientSideKms = { enabled: true, wrapping: 'kms' as const, kmsKeyId: 'alias/client', aesKey: '' };

describe('the scene across a reload', () => {
  it('rebuilds the same key ids, upload ids, version ids, stored bytes, audit log and last answer', async () => {
    const { first, second, restored } = await reload([
      (s) => s.kmsCommand('kms:CreateKey', { Alias: 'alias/scene' }),
      sendRaw((s) => ({
        operation: 'PutObject',
        key: 'a.txt',
        body: 'one',
        headers: {
          'x-amz-server-side-encryption': 'aws:kms',
          'x-amz-server-side-encryption-aws-kms-key-id': keyIdOf(s, 'alias/scene'),
        },
      })),
      sendRaw({ operation: 'PutObject', key: 'a.txt', body: new Uint8Array([1, 2, 3]) }),
      sendRaw({ operation: 'CreateMultipartUpload', key: 'big.bin' }),
      sendRaw((s) => ({
        operation: 'UploadPart',
        key: 'big.bin',
        query: { uploadId: uploadIdOf(s), partNumber: '1' },
        body: 'part one',
      })),
      sendRaw((s) => ({
        operation: 'CompleteMultipartUpload',
        key: 'big.bin',
        query: { uploadId: uploadIdOf(s) },
        body: { Parts: [{ PartNumber: 1, ETag: s.lastRun?.outcome.response.headers.etag ?? '' }] },
      })),
      sendRaw({ operation: 'GetObject', key: 'a.txt' }),
    ]);
    expect(restored).toBe('restored');
    expect(first.history.map((r) => r.outcome.response.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(second.snapshot?.buckets[0]?.objects.map((o) => [o.key, o.versions.length])).toEqual([
      ['a.txt', 2],
      ['big.bin', 1],
    ]);
    expect(sceneOf(second)).toEqual(sceneOf(first));
    expect(second.snapshot?.auditLog.map((e) => e.eventName)).toEqual(['CreateKey', 'GenerateDataKey']);
    expect(second.lastRun?.request.operation).toBe('GetObject');
    expect(second.lastRun?.outcome).toEqual(first.lastRun?.outcome);
    expect(second.history.map((r) => [r.request.operation, r.at])).toEqual(
      first.history.map((r) => [r.request.operation, expect.any(Number)]),
    );
    expect(second.setup).toEqual(first.setup);
    expect(second.worldStatus).toBe('ready');
    expect(second.loadNotice).toBeNull();
  });

  it('gives two worlds different ids and key material: the seed is random per world', async () => {
    const a = page();
    const b = page();
    for (const { store } of [a, b]) {
      await store.getState().loadWorld(setup);
      await store.getState().kmsCommand('kms:CreateKey', { Alias: 'alias/k' });
      await store.getState().sendRaw({ operation: 'PutObject', key: 'x', body: 'same' });
    }
    const [sa, sb] = [a.store.getState(), b.store.getState()];
    expect(keyIdOf(sa, 'alias/k')).not.toBe(keyIdOf(sb, 'alias/k'));
    const versionOf = (s: PlaygroundState) => s.snapshot?.buckets[0]?.objects[0]?.versions[0];
    expect(versionOf(sa)?.versionId).not.toBe(versionOf(sb)?.versionId);
    expect(JSON.stringify(versionOf(sa)?.segments)).not.toBe(JSON.stringify(versionOf(sb)?.segments));
  });

  it('keeps a request with an SSE-C key only with "Include keys", names what is missing, and later ids still match', async () => {
    const steps: Step[] = [
      sendRaw({ operation: 'PutObject', key: 'plain.txt', body: 'x' }),
      sendRaw({ operation: 'PutObject', key: 'secret.txt', body: 'y', headers: sseC }),
      // Created after the SSE-C write: its id must not depend on whether that write came back.
      (s) => s.kmsCommand('kms:CreateKey', { Alias: 'alias/after' }),
      sendRaw((s) => ({
        operation: 'PutObject',
        key: 'after.txt',
        body: 'z',
        headers: {
          'x-amz-server-side-encryption': 'aws:kms',
          'x-amz-server-side-encryption-aws-kms-key-id': keyIdOf(s, 'alias/after'),
        },
      })),
    ];
    const without = await reload(steps);
    expect(without.first.snapshot?.buckets[0]?.objects.map((o) => o.key)).toEqual([
      'plain.txt',
      'secret.txt',
      'after.txt',
    ]);
    expect(
      JSON.stringify([...without.db.data.values()], (_, v) => (v instanceof Uint8Array ? [...v] : v)),
    ).not.toContain(SSE_C_KEY);
    expect(without.second.snapshot?.buckets[0]?.objects.map((o) => o.key)).toEqual([
      'plain.txt',
      'after.txt',
    ]);
    expect(keyIdOf(without.second, 'alias/after')).toBe(keyIdOf(without.first, 'alias/after'));
    const objectAfter = (s: PlaygroundState) =>
      s.snapshot?.buckets[0]?.objects.find((o) => o.key === 'after.txt');
    expect(objectAfter(without.second)).toEqual(objectAfter(without.first));
    expect(without.second.loadNotice?.message).toMatch(
      /Not restored: "secret\.txt", written or read with an SSE-C key/,
    );
    expect(without.second.loadNotice?.message).toMatch(/"Include keys"/);

    const withKeys = await reload(steps, { includeKeys: true });
    expect(sceneOf(withKeys.second)).toEqual(sceneOf(withKeys.first));
    expect(withKeys.second.loadNotice).toBeNull();
  });

  it('keeps the set-up and names the objects past the size limit', async () => {
    const { first, second } = await reload(
      [
        sendRaw({ operation: 'PutObject', key: 'small.txt', body: new Uint8Array(100) }),
        sendRaw({ operation: 'PutObject', key: 'large.bin', body: new Uint8Array(1000) }),
        (s) => s.kmsCommand('kms:CreateKey', { Alias: 'alias/kept' }),
      ],
      { maxBytes: 500 },
    );
    expect(second.snapshot?.buckets[0]?.objects.map((o) => o.key)).toEqual(['small.txt']);
    expect(keyIdOf(second, 'alias/kept')).toBe(keyIdOf(first, 'alias/kept'));
    expect(second.loadNotice?.message).toMatch(/Not restored: "large\.bin", past the/);
  });

  it.each([
    {
      refusal: '400 InvalidArgument',
      request: { headers: { 'x-amz-server-side-encryption': 'AES128' } },
      status: 400,
    },
    // A TLS 1.0 handshake gets no HTTP answer at all (status 0): a refusal too, nothing stored.
    { refusal: 'no HTTP answer', request: { tlsVersion: '1.0' }, status: 0 },
  ])(
    'does not name a request past the size limit that S3 refused ($refusal): it stored nothing',
    async ({ request, status }) => {
      const { first, second } = await reload(
        [sendRaw({ operation: 'PutObject', key: 'refused.bin', ...request, body: new Uint8Array(1000) })],
        { maxBytes: 500 },
      );
      expect(first.lastRun?.outcome.response.status).toBe(status);
      expect(second.loadNotice).toBeNull();
    },
  );

  it('saves byte bodies as Blobs, so a save stores references; a scene saved with bytes still comes back', async () => {
    const { first, second, db } = await reload([
      sendRaw({ operation: 'PutObject', key: 'bytes.bin', body: new Uint8Array([1, 2, 3, 250]) }),
      (s) => s.kmsCommand('kms:CreateKey', { Alias: 'alias/client' }),
      async (s) => {
        s.setEncryption('Client-side');
        s.setDraft({ key: 'cs.txt', bodyText: 'opened after the reload', clientSide: clientSideKms });
        await s.send();
        s.setDraft({ operation: 'GetObject' });
        await s.send();
      },
    ]);
    expect(sceneOf(second)).toEqual(sceneOf(first));
    const saved = db.data.get(SCENE_KEY) as SceneFile;
    const bodies = saved.entries.flatMap((entry) =>
      entry.kind === 'send' && entry.request.operation === 'PutObject'
        ? [entry.bodyFile, entry.request.body]
        : entry.kind === 'encrypt-client-side'
          ? [entry.plaintext]
          : entry.kind === 'decrypt-client-side'
            ? [entry.body]
            : [],
    );
    // In order: a PutObject (a Blob, no body in the request), the client's encryption, its
    // PutObject of the ciphertext, and the client's decryption of what GetObject read.
    expect(bodies.map((body) => (body instanceof Blob ? 'Blob' : typeof body))).toEqual([
      'Blob',
      'undefined',
      'Blob',
      'Blob',
      'undefined',
      'Blob',
    ]);
    const older = (await withBytes(saved)) as SceneFile;
    db.data.set(SCENE_KEY, { ...older, entries: older.entries.map(asOlderSend) });
    const third = page();
    expect(await restoreScene(third.store, third.recorder, db)).toBe('restored');
    expect(sceneOf(third.store.getState())).toEqual(sceneOf(first));
    expect(third.store.getState().loadNotice).toBeNull();
  });

  it("saves what was answered before the saving started (a send in the page's first moments)", async () => {
    const db = memoryKeyValueDb();
    const first = page();
    await first.store.getState().loadWorld(setup);
    await first.store
      .getState()
      .sendRaw({ operation: 'PutObject', key: 'early.txt', body: new Uint8Array(3) });
    const persistence = persistScene(first.store, first.recorder, db, { delayMs: 60_000 });
    persistence.flush();
    persistence.stop();
    const second = page();
    expect(await restoreScene(second.store, second.recorder, db)).toBe('restored');
    expect(second.store.getState().snapshot?.buckets[0]?.objects.map((o) => o.key)).toEqual(['early.txt']);
  });

  it('brings back KMS-wrapped client-side objects that still open (the key material comes back too)', async () => {
    const { first, second, store } = await reload([
      (s) => s.kmsCommand('kms:CreateKey', { Alias: 'alias/client' }),
      async (s) => {
        s.setEncryption('Client-side');
        s.setDraft({
          key: 'cs.txt',
          bodyText: 'wrapped by KMS',
          clientSide: { enabled: true, wrapping: 'kms', kmsKeyId: 'alias/client', aesKey: '' },
        });
        await s.send();
      },
    ]);
    expect(sceneOf(second)).toEqual(sceneOf(first));
    expect(second.snapshot?.auditLog.map((e) => e.eventName)).toEqual(['CreateKey', 'GenerateDataKey']);
    store.getState().setEncryption('Client-side');
    store.getState().setDraft({
      operation: 'GetObject',
      key: 'cs.txt',
      clientSide: { enabled: true, wrapping: 'kms', kmsKeyId: 'alias/client', aesKey: '' },
    });
    await store.getState().send();
    expect(store.getState().clientSideResult).toEqual({
      direction: 'decrypted',
      plaintext: 'wrapped by KMS',
    });
  });
});

describe("a client-side object wrapped with the user's own AES key", () => {
  it('comes back (S3 only ever had its ciphertext), and the wrapping key is never in the saved scene', async () => {
    const aesKey = btoa(String.fromCharCode(...new Uint8Array(32).fill(7)));
    const { first, second, db } = await reload([
      async (s) => {
        s.setEncryption('Client-side');
        s.setDraft({
          key: 'mine.bin',
          bodyText: 'sealed in the browser',
          clientSide: { enabled: true, wrapping: 'aes', kmsKeyId: '', aesKey },
        });
        await s.send();
      },
    ]);
    expect(first.lastRun?.outcome.response.status).toBe(200);
    expect(sceneOf(second)).toEqual(sceneOf(first));
    // Blobs read back too: a key inside a saved body would show.
    const values = await withBytes([...db.data.values()]);
    const saved = JSON.stringify(values, (_, v) => (v instanceof Uint8Array ? [...v] : v));
    expect(saved).not.toContain(aesKey);
    expect(saved).not.toContain(JSON.stringify([...new Uint8Array(32).fill(7)]).slice(1, -1));
  });
});

describe('start-up with a saved scene', () => {
  it('a reload (of the page own #s= address) rebuilds the objects the first load stored', async () => {
    const raw = memoryStorage();
    const db = memoryKeyValueDb();
    let address = '';
    let leave = () => {};
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
    expect(sceneOf(second.store.getState())).toEqual(sceneOf(first.store.getState()));
  });

  it('a saved scene that could not be read this time is kept: said, and nothing this page makes is saved over it', async () => {
    const db = memoryKeyValueDb();
    await db.put(SCENE_KEY, { kept: 'the saved scene, whatever it holds' });
    const flaky = {
      ...db,
      get: async () => ({ kind: 'failed' as const, reason: 'UnknownError: Internal error.' }),
    };
    const page = bootPlayground(
      testBootEnv(
        guardStorage(() => memoryStorage()),
        { sceneDb: Promise.resolve(flaky) },
      ),
      {
        engine: createEngineHost(),
      },
    );
    await page.ready;
    const stop = page.persist();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(page.store.getState().loadNotice?.message).toMatch(
      /could not be read just now \(UnknownError: Internal error\.\).*they stay saved and are tried again at the next reload/,
    );
    await page.store.getState().sendRaw({ operation: 'PutObject', key: 'made-here.txt', body: 'new' });
    expect(page.store.getState().snapshot?.buckets[0]?.objects.map((o) => o.key)).toEqual(['made-here.txt']);
    await new Promise((resolve) => setTimeout(resolve, 900));
    stop();
    expect(db.data.get(SCENE_KEY)).toEqual({ kept: 'the saved scene, whatever it holds' });
  });
});
