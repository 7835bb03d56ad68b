/** Response headers per mode (spec §8) on PUT, HEAD, GET and CompleteMultipartUpload. */
import { describe, expect, it } from 'vitest';
import { K1, K1_ARN, KEY_A, kmsHeaders, makeWorld, SSE_C_ALLOWED, sseC } from './testing/world-fixture.ts';

const SSE = 'x-amz-server-side-encryption';
const KEY_ID = 'x-amz-server-side-encryption-aws-kms-key-id';
const BUCKET_KEY = 'x-amz-server-side-encryption-bucket-key-enabled';
const CONTEXT = 'x-amz-server-side-encryption-context';
const ALG = 'x-amz-server-side-encryption-customer-algorithm';
const MD5 = 'x-amz-server-side-encryption-customer-key-md5';
const CONTEXT_VALUE = btoa('{"team":"blue"}');

const modes: {
  name: string;
  put: Record<string, string>;
  read: Record<string, string>;
  present: Record<string, string>;
  absent: string[];
}[] = [
  {
    name: 'SSE-S3 by default',
    put: {},
    read: {},
    present: { [SSE]: 'AES256' },
    absent: [KEY_ID, BUCKET_KEY, ALG],
  },
  {
    name: 'SSE-S3 named explicitly',
    put: { [SSE]: 'AES256' },
    read: {},
    present: { [SSE]: 'AES256' },
    absent: [KEY_ID, BUCKET_KEY],
  },
  {
    name: 'SSE-KMS with a bare key id (answered as the full ARN)',
    put: kmsHeaders(K1),
    read: {},
    present: { [SSE]: 'aws:kms', [KEY_ID]: K1_ARN },
    absent: [BUCKET_KEY, CONTEXT, ALG],
  },
  {
    name: 'SSE-KMS with a bucket key',
    put: kmsHeaders(K1, { [BUCKET_KEY]: 'true' }),
    read: {},
    present: { [SSE]: 'aws:kms', [KEY_ID]: K1_ARN, [BUCKET_KEY]: 'true' },
    absent: [],
  },
  {
    name: 'SSE-KMS with the bucket key off',
    put: kmsHeaders(K1, { [BUCKET_KEY]: 'false' }),
    read: {},
    present: { [SSE]: 'aws:kms' },
    absent: [BUCKET_KEY],
  },
  {
    name: 'DSSE-KMS',
    put: { [SSE]: 'aws:kms:dsse', [KEY_ID]: K1 },
    read: {},
    present: { [SSE]: 'aws:kms:dsse', [KEY_ID]: K1_ARN },
    absent: [BUCKET_KEY],
  },
  {
    name: 'DSSE-KMS ignores a bucket-key request',
    put: { [SSE]: 'aws:kms:dsse', [KEY_ID]: K1, [BUCKET_KEY]: 'true' },
    read: {},
    present: { [SSE]: 'aws:kms:dsse' },
    absent: [BUCKET_KEY],
  },
  {
    name: 'SSE-C',
    put: sseC(KEY_A),
    read: sseC(KEY_A),
    present: { [ALG]: 'AES256', [MD5]: KEY_A.md5 },
    absent: [SSE, KEY_ID],
  },
];

describe('SSE response headers per mode (spec §8)', () => {
  it.each(modes)(
    '$name: PUT, HEAD and GET answer the same SSE headers',
    async ({ put, read, present, absent }) => {
      const world = await makeWorld({ bucketEncryption: SSE_C_ALLOWED });
      for (const request of [
        { operation: 'PutObject' as const, key: 'k', headers: put, body: 'data' },
        { operation: 'HeadObject' as const, key: 'k', headers: read },
        { operation: 'GetObject' as const, key: 'k', headers: read },
      ]) {
        const { response } = await world.send(request);
        expect(response.status, request.operation).toBe(200);
        expect(response.headers).toMatchObject(present);
        for (const name of absent)
          expect(response.headers[name], `${request.operation} ${name}`).toBeUndefined();
        expect(response.headers.etag).toMatch(/^"[0-9a-f]{32}"$/);
      }
    },
  );

  it('the context header is echoed on PUT only when supplied, and never on GET', async () => {
    const world = await makeWorld();
    const put = await world.send({
      operation: 'PutObject',
      key: 'k',
      headers: kmsHeaders(K1, { [CONTEXT]: CONTEXT_VALUE }),
    });
    expect(put.response.headers[CONTEXT]).toBe(CONTEXT_VALUE);
    const get = await world.send({ operation: 'GetObject', key: 'k' });
    expect(get.response.headers[CONTEXT]).toBeUndefined();
    expect(put.kmsEvents[0]?.requestParameters).toMatchObject({
      encryptionContext: { team: 'blue', 'aws:s3:arn': 'arn:aws:s3:::test-bucket/k' },
    });
  });

  it('the ETag of an SSE-S3 object is the MD5 of its data; of an SSE-KMS object it is not', async () => {
    const world = await makeWorld();
    const s3 = await world.send({ operation: 'PutObject', key: 'a', body: 'hello' });
    expect(s3.response.headers.etag).toBe('"5d41402abc4b2a76b9719d911017c592"');
    const kms = await world.send({
      operation: 'PutObject',
      key: 'b',
      body: 'hello',
      headers: kmsHeaders(K1),
    });
    expect(kms.response.headers.etag).not.toBe('"5d41402abc4b2a76b9719d911017c592"');
  });

  it('a GET carries content-length, last-modified and content-type, and HEAD has no body', async () => {
    const world = await makeWorld();
    await world.send({
      operation: 'PutObject',
      key: 'k',
      body: 'hello',
      headers: { 'Content-Type': 'text/plain', 'x-amz-meta-colour': 'blue' },
    });
    const get = await world.send({ operation: 'GetObject', key: 'k' });
    expect(get.response.headers).toMatchObject({
      'content-length': '5',
      'content-type': 'text/plain',
      'x-amz-meta-colour': 'blue',
      'last-modified': 'Thu, 01 Jan 2026 00:00:00 GMT',
    });
    const head = await world.send({ operation: 'HeadObject', key: 'k' });
    expect(head.response.body).toBeUndefined();
  });
});
