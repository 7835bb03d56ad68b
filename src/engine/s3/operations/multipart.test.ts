/** Multipart uploads (spec §10): SSE-C on every part, KMS headers on create only, ETag -N, part reads. */
import { describe, expect, it } from 'vitest';
import type { World } from '../../world/create-world.ts';
import {
  K1,
  K1_ARN,
  KEY_A,
  KEY_B,
  kmsHeaders,
  makeWorld,
  SSE_C_ALLOWED,
  sseC,
  text,
} from '../testing/world-fixture.ts';

const MIB5 = 5 * 1024 * 1024;

async function start(world: World, headers: Record<string, string>): Promise<string> {
  const created = await world.send({ operation: 'CreateMultipartUpload', key: 'mp', headers });
  expect(created.response.status).toBe(200);
  return (created.response.body as { UploadId: string }).UploadId;
}

const part = (
  uploadId: string,
  partNumber: number,
  headers: Record<string, string>,
  body: string | { repeat: string; times: number } = 'part',
) => ({
  operation: 'UploadPart' as const,
  key: 'mp',
  headers,
  query: { uploadId, partNumber: String(partNumber) },
  body,
});

/** Completes with the parts and the ETags their UploadPart answered, as S3 requires. */
async function complete(world: World, uploadId: string, etags: (string | undefined)[]) {
  return world.send({
    operation: 'CompleteMultipartUpload',
    key: 'mp',
    query: { uploadId },
    body: { Parts: etags.map((ETag, index) => ({ PartNumber: index + 1, ETag: ETag ?? '' })) },
  });
}

const etagOf = (outcome: { response: { headers: Record<string, string> } }) => outcome.response.headers.etag;

describe('SSE-C parts (spec §10)', () => {
  const rows = [
    {
      name: 'a part without the key of an SSE-C upload',
      upload: sseC(KEY_A),
      part: {},
      status: 400,
      message:
        'The multipart upload initiate requested encryption. Subsequent part requests must include the appropriate encryption parameters.',
    },
    {
      name: 'a part with an SSE-C key on an SSE-S3 upload',
      upload: {},
      part: sseC(KEY_A),
      status: 400,
      message:
        'The multipart upload initiate requested encryption. Subsequent part requests must include the appropriate encryption parameters.',
    },
    {
      name: 'a part with another key',
      upload: sseC(KEY_A),
      part: sseC(KEY_B),
      status: 400,
      message: 'The provided encryption parameters did not match the ones used originally.',
    },
    { name: 'a part with the same key', upload: sseC(KEY_A), part: sseC(KEY_A), status: 200 },
    {
      name: 'a part of a KMS upload with x-amz-server-side-encryption',
      upload: kmsHeaders(K1),
      part: kmsHeaders(K1),
      status: 400,
      message: 'x-amz-server-side-encryption header is not supported for this operation.',
    },
  ];
  it.each(rows)('$name → $status', async ({ upload, part: headers, status, message }) => {
    const world = await makeWorld({ bucketEncryption: SSE_C_ALLOWED });
    const uploadId = await start(world, upload);
    const { response } = await world.send(part(uploadId, 1, headers));
    expect(response.status).toBe(status);
    if (message) expect(response.error?.message).toBe(message);
  });

  it('an SSE-C upload completes without the key, answers no SSE headers, and the object needs the key', async () => {
    const world = await makeWorld({ bucketEncryption: SSE_C_ALLOWED });
    const uploadId = await start(world, sseC(KEY_A));
    const first = await world.send(part(uploadId, 1, sseC(KEY_A), { repeat: 'a', times: MIB5 }));
    const second = await world.send(part(uploadId, 2, sseC(KEY_A), 'tail'));
    const listed = await world.send({ operation: 'ListParts', key: 'mp', query: { uploadId } });
    expect((listed.response.body as { Parts: unknown[] }).Parts).toHaveLength(2);
    const done = await complete(world, uploadId, [etagOf(first), etagOf(second)]);
    expect(done.response.status).toBe(200);
    for (const name of [
      'x-amz-server-side-encryption',
      'x-amz-server-side-encryption-customer-algorithm',
      'x-amz-server-side-encryption-customer-key-md5',
    ]) {
      expect(done.response.headers[name]).toBeUndefined();
    }
    const noKey = await world.send({ operation: 'GetObject', key: 'mp' });
    expect(noKey.response.error?.code).toBe('InvalidRequest');
    const get = await world.send({ operation: 'GetObject', key: 'mp', headers: sseC(KEY_A) });
    expect(get.response.headers.etag).toMatch(/^"[0-9a-f]{32}-2"$/);
    expect(get.response.headers['content-length']).toBe(String(MIB5 + 4));
    expect(text(get.response.body)?.endsWith('aaaatail')).toBe(true);
  });
});

describe('KMS multipart uploads', () => {
  it('headers go on create only; parts and complete echo the key ARN and the bucket key; each part calls Decrypt', async () => {
    const world = await makeWorld();
    const uploadId = await start(
      world,
      kmsHeaders(K1, { 'x-amz-server-side-encryption-bucket-key-enabled': 'true' }),
    );
    const uploaded = await world.send(part(uploadId, 1, {}, 'only part'));
    const expected = {
      'x-amz-server-side-encryption': 'aws:kms',
      'x-amz-server-side-encryption-aws-kms-key-id': K1_ARN,
      'x-amz-server-side-encryption-bucket-key-enabled': 'true',
    };
    expect(uploaded.response.headers).toMatchObject(expected);
    const done = await complete(world, uploadId, [etagOf(uploaded)]);
    expect(done.response.headers).toMatchObject(expected);
    expect(done.response.body).toMatchObject({ Bucket: 'test-bucket', Key: 'mp' });
    const get = await world.send({ operation: 'GetObject', key: 'mp' });
    expect(text(get.response.body)).toBe('only part');
  });

  it('a part of a KMS upload whose key was disabled since is 400 KMS.DisabledException', async () => {
    const world = await makeWorld();
    const uploadId = await start(world, kmsHeaders(K1));
    await world.send({ operation: 'kms:DisableKey', body: { KeyId: K1 } });
    const { response } = await world.send(part(uploadId, 1, {}));
    expect(response).toMatchObject({ status: 400, error: { code: 'KMS.DisabledException' } });
  });
});

describe('completing and reading parts', { timeout: 30_000 }, () => {
  it.each([
    {
      name: 'a part under 5 MiB before the last is EntityTooSmall',
      sizes: [10, 10],
      listed: undefined,
      code: 'EntityTooSmall',
    },
    {
      name: 'a part that was never uploaded is InvalidPart',
      sizes: [10],
      listed: [1, 2],
      code: 'InvalidPart',
    },
    {
      name: 'parts out of order are InvalidPartOrder',
      sizes: [MIB5, MIB5],
      listed: [2, 1],
      code: 'InvalidPartOrder',
    },
  ])('$name', async ({ sizes, listed, code }) => {
    const world = await makeWorld();
    const uploadId = await start(world, {});
    const etags: string[] = [];
    for (const [index, size] of sizes.entries())
      etags.push(etagOf(await world.send(part(uploadId, index + 1, {}, { repeat: 'x', times: size }))) ?? '');
    const numbers = listed ?? sizes.map((_, index) => index + 1);
    const { response } = await world.send({
      operation: 'CompleteMultipartUpload',
      key: 'mp',
      query: { uploadId },
      body: {
        Parts: numbers.map((PartNumber) => ({ PartNumber, ETag: etags[PartNumber - 1] ?? etags[0] ?? '' })),
      },
    });
    expect(response).toMatchObject({ status: 400, error: { code } });
  });

  it('partNumber reads: 404 before completion, 206 with the part count after, 416 past the last part', async () => {
    const world = await makeWorld();
    const uploadId = await start(world, {});
    const first = await world.send(part(uploadId, 1, {}, { repeat: 'a', times: MIB5 }));
    const last = await world.send(part(uploadId, 2, {}, 'bb'));
    const early = await world.send({ operation: 'GetObject', key: 'mp', query: { partNumber: '1' } });
    expect(early.response.error?.code).toBe('NoSuchKey');
    await complete(world, uploadId, [etagOf(first), etagOf(last)]);
    const second = await world.send({ operation: 'GetObject', key: 'mp', query: { partNumber: '2' } });
    expect(second.response).toMatchObject({
      status: 206,
      headers: { 'x-amz-mp-parts-count': '2', 'content-length': '2' },
    });
    expect(text(second.response.body)).toBe('bb');
    const past = await world.send({ operation: 'GetObject', key: 'mp', query: { partNumber: '3' } });
    expect(past.response).toMatchObject({
      status: 416,
      error: { code: 'InvalidPartNumber', fields: { ActualPartCount: '2', PartNumberRequested: '3' } },
    });
  });

  it('an aborted upload is gone: its parts are refused with NoSuchUpload', async () => {
    const world = await makeWorld();
    const uploadId = await start(world, {});
    expect(
      (await world.send({ operation: 'AbortMultipartUpload', key: 'mp', query: { uploadId } })).response
        .status,
    ).toBe(204);
    const { response } = await world.send(part(uploadId, 1, {}));
    expect(response).toMatchObject({
      status: 404,
      error: { code: 'NoSuchUpload', fields: { UploadId: uploadId } },
    });
  });

  it('UploadPartCopy copies a byte range of an SSE-C source into an SSE-S3 upload', async () => {
    const world = await makeWorld({
      bucketEncryption: SSE_C_ALLOWED,
      objects: [{ key: 'src', body: '0123456789', headers: sseC(KEY_A) }],
    });
    const uploadId = await start(world, {});
    const copied = await world.send({
      operation: 'UploadPartCopy',
      key: 'mp',
      query: { uploadId, partNumber: '1' },
      headers: {
        'x-amz-copy-source': 'test-bucket/src',
        'x-amz-copy-source-range': 'bytes=2-5',
        'x-amz-copy-source-server-side-encryption-customer-algorithm': 'AES256',
        'x-amz-copy-source-server-side-encryption-customer-key': KEY_A.key,
        'x-amz-copy-source-server-side-encryption-customer-key-MD5': KEY_A.md5,
      },
    });
    expect(copied.response.status).toBe(200);
    const copiedEtag = (copied.response.body as { CopyPartResult: { ETag: string } }).CopyPartResult.ETag;
    await complete(world, uploadId, [copiedEtag]);
    expect(text((await world.send({ operation: 'GetObject', key: 'mp' })).response.body)).toBe('2345');
  });
});
