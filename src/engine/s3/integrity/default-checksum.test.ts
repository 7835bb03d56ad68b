/**
 * S3's own CRC64NVME of an upload that names no checksum (API Reference, "Checking object
 * integrity"), computed when a read first asks for it (operations/read-checksum.test.ts has the
 * reads and modes), is the checksum of the whole body:
 * sizes around the 1 MiB segment edge, in every server-side mode, read back with HeadObject's
 * x-amz-checksum-mode: ENABLED. The anchor is CRC-64/NVME's check value for "123456789",
 * 0xae8b14860a799888 (the CRC catalogue; the AWS SDK's @aws-sdk/crc64-nvme tests use it too).
 */
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../crypto/bytes.ts';
import { checksumDigest } from '../../crypto/checksums.ts';
import { md5Bytes } from '../../crypto/md5.ts';
import { SEGMENT_BYTES } from '../../modes/index.ts';
import { KEY_A, kmsHeaders, makeWorld, SSE_C_ALLOWED, sseC } from '../testing/world-fixture.ts';

const modes = [
  { mode: 'SSE-S3', headers: {} },
  { mode: 'SSE-KMS', headers: kmsHeaders() },
  { mode: 'SSE-C', headers: sseC(KEY_A) },
];
const sizes = [0, 1, SEGMENT_BYTES - 1, SEGMENT_BYTES, SEGMENT_BYTES + 1, 2 * SEGMENT_BYTES + 12345];

/** Bytes that differ from segment to segment, so a segment fed twice or out of order shows. */
const bodyOf = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i * 31 + (i >>> 20)) & 0xff);

async function storedChecksum(headers: Record<string, string>, body: Uint8Array) {
  const world = await makeWorld({ bucketEncryption: SSE_C_ALLOWED });
  const put = await world.send({ operation: 'PutObject', key: 'k', body, headers });
  expect(put.response.status).toBe(200);
  const read = 'x-amz-server-side-encryption-customer-key' in headers ? headers : {};
  const head = await world.send({
    operation: 'HeadObject',
    key: 'k',
    headers: { ...read, 'x-amz-checksum-mode': 'ENABLED' },
  });
  return head.response.headers['x-amz-checksum-crc64nvme'];
}

describe('the CRC64NVME S3 computes for an upload without a checksum', () => {
  it('is the check value of "123456789"', async () => {
    const digest = Uint8Array.from([0xae, 0x8b, 0x14, 0x86, 0x0a, 0x79, 0x98, 0x88]);
    expect(await storedChecksum({}, new TextEncoder().encode('123456789'))).toBe(toBase64(digest));
  });

  it.each(modes.flatMap(({ mode, headers }) => sizes.map((size) => ({ mode, headers, size }))))(
    '$mode, $size bytes: is the checksum of the whole body, read one segment at a time',
    async ({ headers, size }) => {
      const body = bodyOf(size);
      const expected = toBase64(await checksumDigest('CRC64NVME', body));
      expect(await storedChecksum(headers, body)).toBe(expected);
    },
  );

  it('is stored beside a Content-MD5 that was compared', async () => {
    const body = bodyOf(SEGMENT_BYTES + 7);
    const world = await makeWorld();
    const md5 = toBase64(md5Bytes(body));
    const put = await world.send({ operation: 'PutObject', key: 'k', body, headers: { 'Content-MD5': md5 } });
    expect(put.response.status).toBe(200);
    const head = await world.send({
      operation: 'HeadObject',
      key: 'k',
      headers: { 'x-amz-checksum-mode': 'ENABLED' },
    });
    expect(head.response.headers['x-amz-checksum-crc64nvme']).toBe(
      toBase64(await checksumDigest('CRC64NVME', body)),
    );
  });
});
