/**
 * Ciphertext bound to its place (issue 12): each stored segment's AES-GCM additional data names its
 * bucket, key, version id (or, for the parts of a multipart upload, the upload id), part number,
 * index and the part's segment count. Moving stored segments or parts, dropping or repeating them,
 * or swapping two objects' ciphertext must then fail authentication, as a changed byte does
 * (500 InternalError with the "failed AES-GCM authentication" message), never return other bytes.
 * docs/differences.md#ciphertext-bound-to-its-place says what AWS does not document here.
 */
import { describe, expect, it } from 'vitest';
import { concatBytes, equalBytes } from '../crypto/bytes.ts';
import { deterministicDeps } from '../deps.ts';
import { SEGMENT_BYTES } from '../modes/index.ts';
import type { Outcome, RequestInput } from '../types.ts';
import { createWorldState } from '../world/create-world.ts';
import { send } from '../world/send.ts';
import type { ObjectVersion, WorldState } from '../world/types.ts';
import { bytesOf, K1, KEY_A, SERVER_SIDE_MODES, SSE_C_ALLOWED, sseC } from './testing/world-fixture.ts';

async function world(versioned = false) {
  const built = await createWorldState(
    {
      kmsKeys: [{ id: K1 }],
      bucketEncryption: SSE_C_ALLOWED,
      ...(versioned ? { versioning: 'Enabled' as const } : {}),
    },
    deterministicDeps(7),
  );
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  const state = built.value;
  return { state, send: (request: RequestInput) => send(state, request) as Promise<Outcome> };
}

const current = (state: WorldState, key: string): ObjectVersion => {
  const version = state.buckets.get(state.bucket)?.objects.get(key)?.at(-1);
  if (!version) throw new Error(`no object ${key}`);
  return version;
};

/** Bytes that differ in every segment, so a moved segment would decrypt to different data. */
const body = (length: number, seed: number) => {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 31 + seed + Math.floor(i / SEGMENT_BYTES)) & 0xff;
  return bytes;
};

/** Compared in one loop: a deep equality over megabytes is too slow for a test. */
const sameBytes = (got: unknown, want: Uint8Array) => {
  const bytes = bytesOf(got);
  return bytes !== undefined && equalBytes(bytes, want);
};

const expectTampered = (outcome: Outcome) => {
  expect(outcome.response.status).toBe(500);
  expect(outcome.response.error?.code).toBe('InternalError');
  expect(outcome.response.error?.message).toMatch(/failed AES-GCM authentication/);
  expect(outcome.response.body).toBeUndefined();
};

type Change = (version: ObjectVersion) => void;
const swap = <T>(list: T[], a: number, b: number) => {
  [list[a], list[b]] = [list[b] as T, list[a] as T];
};

const segmentChanges: { name: string; change: Change }[] = [
  { name: 'two segments swapped', change: (v) => swap(v.parts[0]!, 0, 1) },
  { name: 'the last segment dropped', change: (v) => void v.parts[0]!.pop() },
  { name: 'the middle segment dropped', change: (v) => void v.parts[0]!.splice(1, 1) },
  {
    name: 'a segment repeated in place of the next',
    change: (v) => void v.parts[0]!.splice(1, 1, v.parts[0]![0]!),
  },
  { name: 'a segment repeated at the end', change: (v) => void v.parts[0]!.push(v.parts[0]![0]!) },
];

describe('segments of one object are bound to their place', () => {
  const cases = SERVER_SIDE_MODES.flatMap((m) =>
    segmentChanges.map((c) => ({ ...m, ...c, title: `${m.mode}: ${c.name} fails authentication` })),
  );
  it.each(cases)('$title', async ({ write, read, change }) => {
    const w = await world();
    const data = body(2 * SEGMENT_BYTES + 100, 1);
    expect(
      (await w.send({ operation: 'PutObject', key: 'big', headers: write, body: data })).response.status,
    ).toBe(200);
    const version = current(w.state, 'big');
    expect(version.parts[0]).toHaveLength(3);
    const intact = await w.send({ operation: 'GetObject', key: 'big', headers: read });
    expect(sameBytes(intact.response.body, data)).toBe(true);
    change(version);
    expectTampered(await w.send({ operation: 'GetObject', key: 'big', headers: read }));
  });
});

const partChanges: { name: string; change: Change }[] = [
  { name: 'two parts swapped', change: (v) => swap(v.parts, 0, 1) },
  { name: 'a part dropped', change: (v) => void v.parts.splice(1, 1) },
  { name: 'a part repeated in place of the next', change: (v) => void v.parts.splice(1, 1, v.parts[0]!) },
  { name: 'a part repeated at the end', change: (v) => void v.parts.push(v.parts[0]!) },
];

async function multipartObject(
  w: Awaited<ReturnType<typeof world>>,
  write: Record<string, string>,
  read: Record<string, string>,
) {
  const created = await w.send({ operation: 'CreateMultipartUpload', key: 'mp', headers: write });
  const uploadId = (created.response.body as { UploadId: string }).UploadId;
  const parts = [body(5 * 1024 * 1024, 2), body(1000, 3)];
  const listed: { PartNumber: number; ETag: string }[] = [];
  for (const [index, part] of parts.entries()) {
    const uploaded = await w.send({
      operation: 'UploadPart',
      key: 'mp',
      query: { uploadId, partNumber: String(index + 1) },
      headers: read,
      body: part,
    });
    expect(uploaded.response.status).toBe(200);
    listed.push({ PartNumber: index + 1, ETag: uploaded.response.headers.etag ?? '' });
  }
  // S3 completes the parts listed with their ETags (complete-parts.ts).
  const done = await w.send({
    operation: 'CompleteMultipartUpload',
    key: 'mp',
    query: { uploadId },
    body: { Parts: listed },
  });
  expect(done.response.status).toBe(200);
  return parts;
}

describe('parts of a multipart object are bound to their part number and upload', { timeout: 30_000 }, () => {
  const cases = SERVER_SIDE_MODES.flatMap((m) =>
    partChanges.map((c) => ({ ...m, ...c, title: `${m.mode}: ${c.name} fails authentication` })),
  );
  it.each(cases)('$title', async ({ write, read, change }) => {
    const w = await world();
    const parts = await multipartObject(w, write, read);
    const intact = await w.send({ operation: 'GetObject', key: 'mp', headers: read });
    expect(sameBytes(intact.response.body, concatBytes(...parts))).toBe(true);
    change(current(w.state, 'mp'));
    expectTampered(await w.send({ operation: 'GetObject', key: 'mp', headers: read }));
  });

  it.each(SERVER_SIDE_MODES)(
    '$mode: a part read with partNumber after a swap fails too',
    async ({ write, read }) => {
      const w = await world();
      await multipartObject(w, write, read);
      swap(current(w.state, 'mp').parts, 0, 1);
      const outcome = await w.send({
        operation: 'GetObject',
        key: 'mp',
        headers: read,
        query: { partNumber: '2' },
      });
      expectTampered(outcome);
    },
  );
});

describe('the ciphertext of one object cannot stand in for another', () => {
  it.each(SERVER_SIDE_MODES)(
    '$mode: two objects under the same key settings with their stored bytes swapped',
    async ({ write, read }) => {
      const w = await world();
      for (const [key, seed] of [
        ['a', 4],
        ['b', 5],
      ] as const) {
        const put = await w.send({ operation: 'PutObject', key, headers: write, body: body(100, seed) });
        expect(put.response.status).toBe(200);
      }
      const a = current(w.state, 'a');
      const b = current(w.state, 'b');
      [a.parts, b.parts] = [b.parts, a.parts];
      expectTampered(await w.send({ operation: 'GetObject', key: 'a', headers: read }));
      expectTampered(await w.send({ operation: 'GetObject', key: 'b', headers: read }));
    },
  );

  it('SSE-C: the same customer key and key name, two versions swapped, still fail', async () => {
    const w = await world(true);
    await w.send({ operation: 'PutObject', key: 'k', headers: sseC(KEY_A), body: 'version one' });
    await w.send({ operation: 'PutObject', key: 'k', headers: sseC(KEY_A), body: 'version two' });
    const versions = w.state.buckets.get(w.state.bucket)?.objects.get('k') ?? [];
    const [first, second] = versions;
    if (!first || !second) throw new Error('two versions');
    [first.parts, second.parts] = [second.parts, first.parts];
    expectTampered(await w.send({ operation: 'GetObject', key: 'k', headers: sseC(KEY_A) }));
    const old = await w.send({
      operation: 'GetObject',
      key: 'k',
      headers: sseC(KEY_A),
      query: { versionId: first.versionId },
    });
    expectTampered(old);
  });

  it('SSE-C: a part of one upload moved into another upload of the same key fails', async () => {
    const w = await world();
    const uploads: string[] = [];
    const etags: string[] = [];
    for (const text of ['from upload one', 'from upload two']) {
      const created = await w.send({ operation: 'CreateMultipartUpload', key: 'mp', headers: sseC(KEY_A) });
      const uploadId = (created.response.body as { UploadId: string }).UploadId;
      uploads.push(uploadId);
      const uploaded = await w.send({
        operation: 'UploadPart',
        key: 'mp',
        query: { uploadId, partNumber: '1' },
        headers: sseC(KEY_A),
        body: text,
      });
      etags.push(uploaded.response.headers.etag ?? '');
    }
    const bucket = w.state.buckets.get(w.state.bucket)!;
    const [one, two] = uploads.map((id) => bucket.uploads.get(id)!);
    one!.parts.get(1)!.segments = two!.parts.get(1)!.segments;
    await w.send({
      operation: 'CompleteMultipartUpload',
      key: 'mp',
      query: { uploadId: uploads[0]! },
      body: { Parts: [{ PartNumber: 1, ETag: etags[0] ?? '' }] },
    });
    expectTampered(await w.send({ operation: 'GetObject', key: 'mp', headers: sseC(KEY_A) }));
  });
});
