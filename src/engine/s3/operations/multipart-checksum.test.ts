/**
 * The checksum of a completed multipart upload: full-object (a CRC of all the bytes, combined from
 * the parts') or composite (a checksum of the parts' checksums, then -N), as the upload's
 * x-amz-checksum-type says (UG "Checking object integrity"; LS create_multipart_upload and
 * S3Multipart.complete_multipart; SWIFT test_multipart_mpu_composite_checksum).
 */
import { describe, expect, it } from 'vitest';
import { concatBytes, toBase64, utf8 } from '../../crypto/bytes.ts';
import type { ChecksumAlgorithm } from '../../crypto/checksum-algorithms.ts';
import { checksumDigest } from '../../crypto/checksums.ts';
import type { World } from '../../world/create-world.ts';
import { makeWorld } from '../testing/world-fixture.ts';

const FIRST = new Uint8Array(5 * 1024 * 1024).fill(0x61);
const LAST = utf8('the last part, shorter than 5 MiB');

const digestOf = async (algorithm: ChecksumAlgorithm, bytes: Uint8Array) =>
  toBase64(await checksumDigest(algorithm, bytes));

/** Creates an upload, sends both parts with their checksums, and completes it. */
async function uploadInTwoParts(
  world: World,
  algorithm: ChecksumAlgorithm,
  createHeaders: Record<string, string>,
  listChecksums: boolean,
  completeHeaders: Record<string, string> = {},
) {
  const created = await world.send({ operation: 'CreateMultipartUpload', key: 'mp', headers: createHeaders });
  const uploadId = (created.response.body as { UploadId: string }).UploadId;
  const parts = [];
  for (const [index, bytes] of [FIRST, LAST].entries()) {
    const checksum = await digestOf(algorithm, bytes);
    const sent = await world.send({
      operation: 'UploadPart',
      key: 'mp',
      query: { uploadId, partNumber: String(index + 1) },
      headers: { [`x-amz-checksum-${algorithm.toLowerCase()}`]: checksum },
      body: { base64: toBase64(bytes) },
    });
    expect(sent.response.status).toBe(200);
    parts.push({
      PartNumber: index + 1,
      ETag: sent.response.headers.etag ?? '',
      ...(listChecksums ? { [`Checksum${algorithm}`]: checksum } : {}),
    });
  }
  const completed = await world.send({
    operation: 'CompleteMultipartUpload',
    key: 'mp',
    query: { uploadId },
    headers: completeHeaders,
    body: { Parts: parts },
  });
  return { created, completed };
}

describe('the checksum of a completed multipart upload', { timeout: 30_000 }, () => {
  it.each<{ algorithm: ChecksumAlgorithm; type?: string; expected: 'FULL_OBJECT' | 'COMPOSITE' }>([
    { algorithm: 'CRC64NVME', expected: 'FULL_OBJECT' },
    { algorithm: 'CRC64NVME', type: 'FULL_OBJECT', expected: 'FULL_OBJECT' },
    { algorithm: 'CRC32', type: 'FULL_OBJECT', expected: 'FULL_OBJECT' },
    { algorithm: 'CRC32C', type: 'FULL_OBJECT', expected: 'FULL_OBJECT' },
  ])(
    'is, for $algorithm with type $type, the $algorithm of all the bytes, answered by Complete and by a HEAD with checksum mode',
    async ({ algorithm, type, expected }) => {
      const world = await makeWorld();
      const headers = {
        'x-amz-checksum-algorithm': algorithm,
        ...(type ? { 'x-amz-checksum-type': type } : {}),
      };
      const { created, completed } = await uploadInTwoParts(world, algorithm, headers, true);
      expect(created.response.headers).toMatchObject({
        'x-amz-checksum-algorithm': algorithm,
        'x-amz-checksum-type': expected,
      });
      const whole = await digestOf(algorithm, concatBytes(FIRST, LAST));
      expect(completed.response.status).toBe(200);
      expect(completed.response.body).toMatchObject({
        [`Checksum${algorithm}`]: whole,
        ChecksumType: expected,
      });
      const head = await world.send({
        operation: 'HeadObject',
        key: 'mp',
        headers: { 'x-amz-checksum-mode': 'ENABLED' },
      });
      expect(head.response.headers).toMatchObject({
        [`x-amz-checksum-${algorithm.toLowerCase()}`]: whole,
        'x-amz-checksum-type': expected,
      });
    },
  );

  it.each<{ algorithm: ChecksumAlgorithm; type?: string }>([
    { algorithm: 'CRC32' },
    { algorithm: 'CRC32', type: 'COMPOSITE' },
    { algorithm: 'SHA256' },
  ])(
    "is, for $algorithm with type $type, composite: the $algorithm of the parts' digests, then -2",
    async ({ algorithm, type }) => {
      const world = await makeWorld();
      const headers = {
        'x-amz-checksum-algorithm': algorithm,
        ...(type ? { 'x-amz-checksum-type': type } : {}),
      };
      const { completed } = await uploadInTwoParts(world, algorithm, headers, true);
      const digests = await Promise.all([FIRST, LAST].map((bytes) => checksumDigest(algorithm, bytes)));
      const composite = `${await digestOf(algorithm, concatBytes(...digests))}-2`;
      expect(completed.response.body).toMatchObject({
        [`Checksum${algorithm}`]: composite,
        ChecksumType: 'COMPOSITE',
      });
    },
  );

  // LS S3Multipart.complete_multipart: a composite upload needs every part's checksum listed; a
  // full-object one combines the checksums S3 stored with the parts.
  it.each([
    { algorithm: 'CRC64NVME', status: 200 },
    { algorithm: 'CRC32C', status: 400 },
  ] as const)(
    'completed with parts listed without checksums, a $algorithm upload answers $status',
    async ({ algorithm, status }) => {
      const world = await makeWorld();
      const { completed } = await uploadInTwoParts(
        world,
        algorithm,
        { 'x-amz-checksum-algorithm': algorithm },
        false,
      );
      expect(completed.response.status).toBe(status);
      if (status === 400)
        expect(completed.response.error?.message).toBe(
          'The upload was created using a crc32c checksum. The complete request must include the checksum for each part. It was missing for part 1 in the request.',
        );
    },
  );

  it('refuses to create a COMPOSITE CRC64NVME upload: 400 InvalidRequest (LS create_multipart_upload)', async () => {
    const world = await makeWorld();
    const { response } = await world.send({
      operation: 'CreateMultipartUpload',
      key: 'mp',
      headers: { 'x-amz-checksum-algorithm': 'CRC64NVME', 'x-amz-checksum-type': 'COMPOSITE' },
    });
    expect(response).toMatchObject({
      status: 400,
      error: {
        code: 'InvalidRequest',
        message: 'The COMPOSITE checksum type cannot be used with the crc64nvme checksum algorithm.',
      },
    });
  });

  // LS S3Multipart.complete_multipart (the full-object value); the type: S3-compatible suites
  // (docs/differences.md#complete-checksum-type).
  it.each<{
    name: string;
    headers: (whole: string) => Record<string, string>;
    status: number;
    message?: string;
  }>([
    {
      name: 'the full-object CRC64NVME itself',
      headers: (whole) => ({ 'x-amz-checksum-crc64nvme': whole }),
      status: 200,
    },
    { name: 'the type FULL_OBJECT', headers: () => ({ 'x-amz-checksum-type': 'FULL_OBJECT' }), status: 200 },
    {
      name: 'another CRC64NVME',
      headers: () => ({ 'x-amz-checksum-crc64nvme': 'AAAAAAAAAAA=' }),
      status: 400,
      message: 'The crc64nvme you specified did not match the calculated checksum.',
    },
    {
      name: 'the type COMPOSITE',
      headers: () => ({ 'x-amz-checksum-type': 'COMPOSITE' }),
      status: 400,
      message:
        'The upload was created using the FULL_OBJECT checksum mode. The complete request must use the same checksum mode.',
    },
  ])('a CRC64NVME upload completed with $name answers $status', async ({ headers, status, message }) => {
    const world = await makeWorld();
    const whole = await digestOf('CRC64NVME', concatBytes(FIRST, LAST));
    const { completed } = await uploadInTwoParts(
      world,
      'CRC64NVME',
      { 'x-amz-checksum-algorithm': 'CRC64NVME' },
      true,
      headers(whole),
    );
    expect(completed.response.status).toBe(status);
    if (message) expect(completed.response.error?.message).toBe(message);
  });
});
