/**
 * GetObjectAttributes and the Checksum attribute (API GetObjectAttributes; the Checksum member's
 * shape from LocalStack's AWS-recorded snapshot test_put_object_checksum, "get-object-attrs-
 * generated": `Checksum: {ChecksumCRC32: "cZWHwQ=="}`, with the ChecksumType S3 added in December
 * 2024 as LS get_object_attributes answers it). S3 keeps the checksum encrypted with the object,
 * so asking for it opens the data key, as a HEAD with x-amz-checksum-mode does (API HeadObject
 * ChecksumMode); docs/differences.md#object-attributes-checksum-key.
 */
import { describe, expect, it } from 'vitest';
import { toBase64, utf8 } from '../../crypto/bytes.ts';
import { checksumDigest } from '../../crypto/checksums.ts';
import { makeWorld, SERVER_SIDE_MODES, SSE_C_ALLOWED } from '../testing/world-fixture.ts';

const BODY = 'some bytes';
const attributes = (wanted: string, headers: Record<string, string> = {}) => ({
  operation: 'GetObjectAttributes' as const,
  key: 'k',
  headers: { 'x-amz-object-attributes': wanted, ...headers },
});

describe('GetObjectAttributes with the Checksum attribute', () => {
  it.each(SERVER_SIDE_MODES)(
    'answers the default CRC64NVME of a $mode object written without a checksum, as a HEAD with checksum mode does',
    async ({ write, read }) => {
      const world = await makeWorld({ bucketEncryption: SSE_C_ALLOWED });
      await world.send({ operation: 'PutObject', key: 'k', body: BODY, headers: write });
      const outcome = await world.send(attributes('ETag,Checksum,ObjectSize', read));
      const crc = toBase64(await checksumDigest('CRC64NVME', utf8(BODY)));
      expect(outcome.response.status).toBe(200);
      expect(outcome.response.body).toMatchObject({
        ObjectSize: 10,
        Checksum: { ChecksumCRC64NVME: crc, ChecksumType: 'FULL_OBJECT' },
      });
      const head = await world.send({
        operation: 'HeadObject',
        key: 'k',
        headers: { ...read, 'x-amz-checksum-mode': 'ENABLED' },
      });
      expect(head.response.headers['x-amz-checksum-crc64nvme']).toBe(crc);
    },
  );

  it('answers the checksum the upload sent, with its algorithm', async () => {
    const world = await makeWorld();
    const sha256 = toBase64(await checksumDigest('SHA256', utf8(BODY)));
    await world.send({
      operation: 'PutObject',
      key: 'k',
      body: BODY,
      headers: { 'x-amz-checksum-sha256': sha256 },
    });
    const outcome = await world.send(attributes('Checksum'));
    expect(outcome.response.body).toMatchObject({
      Checksum: { ChecksumSHA256: sha256, ChecksumType: 'FULL_OBJECT' },
    });
  });

  it.each([
    { wanted: 'ETag,Checksum', kmsCalls: ['Decrypt'], checksum: true },
    { wanted: 'ETag,ObjectSize', kmsCalls: [], checksum: false },
  ])('of an SSE-KMS object asked for $wanted calls KMS $kmsCalls', async ({ wanted, kmsCalls, checksum }) => {
    const world = await makeWorld();
    await world.send({
      operation: 'PutObject',
      key: 'k',
      body: BODY,
      headers: { 'x-amz-server-side-encryption': 'aws:kms' },
    });
    const outcome = await world.send(attributes(wanted));
    expect(outcome.kmsEvents.map((event) => event.eventName)).toEqual(kmsCalls);
    expect(Object.hasOwn(outcome.response.body as object, 'Checksum')).toBe(checksum);
  });

  it('answers a composite multipart checksum without its -N (LS get_object_attributes)', async () => {
    const world = await makeWorld();
    const created = await world.send({
      operation: 'CreateMultipartUpload',
      key: 'k',
      headers: { 'x-amz-checksum-algorithm': 'SHA256' },
    });
    const uploadId = (created.response.body as { UploadId: string }).UploadId;
    const partChecksum = toBase64(await checksumDigest('SHA256', utf8(BODY)));
    const part = await world.send({
      operation: 'UploadPart',
      key: 'k',
      query: { uploadId, partNumber: '1' },
      headers: { 'x-amz-checksum-sha256': partChecksum },
      body: BODY,
    });
    const completed = await world.send({
      operation: 'CompleteMultipartUpload',
      key: 'k',
      query: { uploadId },
      body: {
        Parts: [{ PartNumber: 1, ETag: part.response.headers.etag ?? '', ChecksumSHA256: partChecksum }],
      },
    });
    const composite = (completed.response.body as { ChecksumSHA256: string }).ChecksumSHA256;
    expect(composite).toMatch(/-1$/);
    const outcome = await world.send(attributes('Checksum,ObjectParts'));
    expect(outcome.response.body).toMatchObject({
      Checksum: { ChecksumSHA256: composite.replace(/-1$/, ''), ChecksumType: 'COMPOSITE' },
      ObjectParts: { TotalPartsCount: 1 },
    });
    // The parts' own checksums are not listed (docs/differences.md#object-attributes-parts).
    expect(outcome.differences?.map((note) => note.id)).toEqual(['object-attributes-parts']);
  });
});
