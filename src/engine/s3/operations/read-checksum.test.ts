/**
 * S3's own CRC64NVME (UG "Checking object integrity") is stored pending and computed at the first
 * whole read with x-amz-checksum-mode: ENABLED (read-checksum.ts): from the GET's plaintext, or
 * from the stored segments for a HEAD. Whatever the read and the mode, the value is the checksum
 * of the whole body, and it is kept once computed. A byte range returns no checksum (API
 * GetObject: the checksum is of the whole object) and leaves it pending.
 */
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../crypto/bytes.ts';
import { checksumDigest } from '../../crypto/checksums.ts';
import { deterministicDeps } from '../../deps.ts';
import { SEGMENT_BYTES } from '../../modes/index.ts';
import type { Outcome, RequestInput } from '../../types.ts';
import { createWorldState } from '../../world/create-world.ts';
import { send } from '../../world/send.ts';
import type { WorldState } from '../../world/types.ts';
import { K1, SERVER_SIDE_MODES, SSE_C_ALLOWED } from '../testing/world-fixture.ts';

const reads = ['HeadObject', 'GetObject'] as const;
const sizes = [0, 5, 2 * SEGMENT_BYTES + 12345];

const bodyOf = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + (i >>> 20)) & 0xff);

async function world() {
  const built = await createWorldState(
    { kmsKeys: [{ id: K1 }], bucketEncryption: SSE_C_ALLOWED },
    deterministicDeps(3),
  );
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  const state = built.value;
  return { state, send: (request: RequestInput) => send(state, request) as Promise<Outcome> };
}

const storedChecksum = (state: WorldState) =>
  state.buckets.get(state.bucket)?.objects.get('k')?.at(-1)?.checksum;

const cases = SERVER_SIDE_MODES.flatMap(({ mode, write, read }) =>
  reads.flatMap((operation) => sizes.map((size) => ({ mode, write, read, operation, size }))),
);

describe("S3's own CRC64NVME, computed at its first read", () => {
  it.each(cases)(
    "$mode, $operation of $size bytes: the whole body's, then kept",
    async ({ write, read, operation, size }) => {
      const { state, send } = await world();
      const body = bodyOf(size);
      expect((await send({ operation: 'PutObject', key: 'k', body, headers: write })).response.status).toBe(
        200,
      );
      expect(storedChecksum(state)).toEqual({ algorithm: 'CRC64NVME', type: 'FULL_OBJECT', pending: true });
      const first = await send({
        operation,
        key: 'k',
        headers: { ...read, 'x-amz-checksum-mode': 'ENABLED' },
      });
      const expected = toBase64(await checksumDigest('CRC64NVME', body));
      expect(first.response.status).toBe(200);
      expect(first.response.headers).toMatchObject({
        'x-amz-checksum-crc64nvme': expected,
        'x-amz-checksum-type': 'FULL_OBJECT',
      });
      expect(storedChecksum(state)).toEqual({ algorithm: 'CRC64NVME', value: expected, type: 'FULL_OBJECT' });
      const again = await send({
        operation: 'HeadObject',
        key: 'k',
        headers: { ...read, 'x-amz-checksum-mode': 'ENABLED' },
      });
      expect(again.response.headers['x-amz-checksum-crc64nvme']).toBe(expected);
    },
  );

  it.each<{ name: string; headers: Record<string, string> }>([
    { name: 'a byte range', headers: { range: 'bytes=0-3', 'x-amz-checksum-mode': 'ENABLED' } },
    { name: 'a read without checksum mode', headers: {} },
  ])('is neither returned nor computed by $name', async ({ headers }) => {
    const { state, send } = await world();
    await send({ operation: 'PutObject', key: 'k', body: 'some bytes' });
    const read = await send({ operation: 'GetObject', key: 'k', headers });
    expect(read.response.headers['x-amz-checksum-crc64nvme']).toBeUndefined();
    expect(storedChecksum(state)).toMatchObject({ pending: true });
  });

  it('is not pending where the request sent a checksum: that one is stored', async () => {
    const { state, send } = await world();
    const body = new TextEncoder().encode('checked');
    const crc32 = toBase64(await checksumDigest('CRC32', body));
    await send({ operation: 'PutObject', key: 'k', body, headers: { 'x-amz-checksum-crc32': crc32 } });
    expect(storedChecksum(state)).toEqual({ algorithm: 'CRC32', value: crc32, type: 'FULL_OBJECT' });
  });
});
