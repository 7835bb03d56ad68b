/**
 * GetObject of an object stored in more than one 1 MiB segment answers with each segment's
 * plaintext as it was decrypted, not copied into one buffer (crypto/chunked-bytes.ts says why).
 * The bytes and headers are S3's either way; only how the engine holds them differs.
 */
import { describe, expect, it } from 'vitest';
import { equalBytes } from '../../crypto/bytes.ts';
import { isChunkedBytes } from '../../crypto/chunked-bytes.ts';
import { SEGMENT_BYTES } from '../../modes/index.ts';
import { bytesOf, KEY_A, kmsHeaders, makeWorld, SSE_C_ALLOWED, sseC } from '../testing/world-fixture.ts';

const SIZE = 2 * SEGMENT_BYTES + 100;
const data = Uint8Array.from({ length: SIZE }, (_, i) => (i * 7 + (i >>> 20)) & 0xff);

const modes = [
  { name: 'SSE-S3', put: {}, read: {} },
  { name: 'SSE-KMS', put: kmsHeaders(), read: {} },
  { name: 'SSE-C', put: sseC(KEY_A), read: sseC(KEY_A) },
];

const reads = [
  { name: 'the whole object comes as its three segments', range: undefined, start: 0, end: SIZE, pieces: 3 },
  {
    name: 'a range across a segment boundary comes as the two pieces it spans',
    range: `bytes=${SEGMENT_BYTES - 5}-${SEGMENT_BYTES + 5}`,
    start: SEGMENT_BYTES - 5,
    end: SEGMENT_BYTES + 6,
    pieces: 2,
  },
  { name: 'a range inside one segment is one buffer', range: 'bytes=10-19', start: 10, end: 20, pieces: 1 },
  {
    name: 'the last segment alone is one buffer',
    range: `bytes=-100`,
    start: SIZE - 100,
    end: SIZE,
    pieces: 1,
  },
];

const cases = modes.flatMap((mode) =>
  reads.map((read) => ({ ...read, mode, name: `${mode.name}: ${read.name}` })),
);

describe('GetObject of an object of many segments', () => {
  it.each(cases)('$name', async ({ mode, range, start, end, pieces }) => {
    const world = await makeWorld({ bucketEncryption: SSE_C_ALLOWED });
    const put = await world.send({ operation: 'PutObject', key: 'big', headers: mode.put, body: data });
    expect(put.response.status).toBe(200);
    const { response } = await world.send({
      operation: 'GetObject',
      key: 'big',
      headers: { ...mode.read, ...(range ? { range } : {}) },
    });
    expect(response.status).toBe(range ? 206 : 200);
    expect(response.headers['content-length']).toBe(String(end - start));
    const body = response.body;
    if (pieces === 1) expect(body).toBeInstanceOf(Uint8Array);
    else expect(isChunkedBytes(body) && body.chunks.length).toBe(pieces);
    // equalBytes, not toEqual: a deep comparison of 2 MiB element by element takes seconds.
    expect(equalBytes(bytesOf(body) ?? new Uint8Array(0), data.subarray(start, end))).toBe(true);
  });
});
