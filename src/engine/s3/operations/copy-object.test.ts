/** CopyObject (spec §4.5, §7): every source × target mode, cross-bucket copies, and the in-place rules. */
import { describe, expect, it } from 'vitest';
import type { Setup } from '../../types.ts';
import {
  copySourceSseC,
  K1,
  K1_ARN,
  K2,
  K2_ARN,
  KEY_A,
  KEY_B,
  kmsHeaders,
  makeWorld,
  SSE_C_ALLOWED,
  sseC,
  text,
} from '../testing/world-fixture.ts';

const SOURCES = [
  { mode: 'SSE-S3', put: {}, read: {} },
  { mode: 'SSE-KMS', put: kmsHeaders(K1), read: {} },
  {
    mode: 'DSSE-KMS',
    put: {
      'x-amz-server-side-encryption': 'aws:kms:dsse',
      'x-amz-server-side-encryption-aws-kms-key-id': K1,
    },
    read: {},
  },
  { mode: 'SSE-C', put: sseC(KEY_A), read: copySourceSseC(KEY_A) },
];
const TARGETS = [
  {
    mode: 'the destination default (SSE-S3)',
    headers: {},
    expect: { 'x-amz-server-side-encryption': 'AES256' },
    read: {},
  },
  {
    mode: 'SSE-KMS',
    headers: kmsHeaders(K2),
    expect: {
      'x-amz-server-side-encryption': 'aws:kms',
      'x-amz-server-side-encryption-aws-kms-key-id': K2_ARN,
    },
    read: {},
  },
  {
    mode: 'SSE-C',
    headers: sseC(KEY_B),
    expect: { 'x-amz-server-side-encryption-customer-key-md5': KEY_B.md5 },
    read: sseC(KEY_B),
  },
];
const matrix = SOURCES.flatMap((source) =>
  TARGETS.map((target) => ({ name: `${source.mode} → ${target.mode}`, source, target })),
);

describe('the copy matrix (spec §4.5)', () => {
  it.each(matrix)('$name keeps the data and answers the target mode', async ({ source, target }) => {
    const world = await makeWorld({
      bucketEncryption: SSE_C_ALLOWED,
      objects: [{ key: 'src', body: 'copy me', headers: source.put }],
    });
    const copied = await world.send({
      operation: 'CopyObject',
      key: 'dst',
      headers: { 'x-amz-copy-source': 'test-bucket/src', ...source.read, ...target.headers },
    });
    expect(copied.response.status).toBe(200);
    expect(copied.response.headers).toMatchObject(target.expect);
    expect(copied.response.body).toMatchObject({
      CopyObjectResult: { ETag: expect.stringMatching(/^"[0-9a-f]{32}"$/) },
    });
    const read = await world.send({ operation: 'GetObject', key: 'dst', headers: target.read });
    expect(text(read.response.body)).toBe('copy me');
  });
});

describe('copy sources', () => {
  const setup: Setup = {
    bucketEncryption: SSE_C_ALLOWED,
    objects: [
      { key: 'ssec', body: 's', headers: sseC(KEY_A) },
      { key: 'plain', body: 'p' },
    ],
    otherBuckets: [
      {
        name: 'kms-bucket',
        bucketEncryption: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: K1 } }],
        },
      },
    ],
  };
  it.each([
    {
      name: 'an SSE-C source without copy-source headers',
      headers: { 'x-amz-copy-source': 'test-bucket/ssec' },
      status: 400,
      code: 'InvalidRequest',
    },
    {
      name: 'an SSE-C source with the wrong copy-source key',
      headers: { 'x-amz-copy-source': 'test-bucket/ssec', ...copySourceSseC(KEY_B) },
      status: 403,
      code: 'AccessDenied',
    },
    {
      name: 'a plain source with copy-source SSE-C headers',
      headers: { 'x-amz-copy-source': 'test-bucket/plain', ...copySourceSseC(KEY_A) },
      status: 400,
      code: 'InvalidRequest',
    },
    {
      name: 'a source bucket that does not exist',
      headers: { 'x-amz-copy-source': 'nope/plain' },
      status: 404,
      code: 'NoSuchBucket',
    },
    {
      name: 'a source key that does not exist',
      headers: { 'x-amz-copy-source': 'test-bucket/none' },
      status: 404,
      code: 'NoSuchKey',
    },
    {
      name: 'a copy source without a key',
      headers: { 'x-amz-copy-source': 'test-bucket' },
      status: 400,
      code: 'InvalidArgument',
    },
  ])('$name → $status $code', async ({ headers, status, code }) => {
    const world = await makeWorld(setup);
    const { response } = await world.send({ operation: 'CopyObject', key: 'dst', headers });
    expect(response).toMatchObject({ status, error: { code } });
  });

  it("a copy into another bucket gets that bucket's default, not the source's encryption", async () => {
    const world = await makeWorld(setup);
    const { response } = await world.send({
      operation: 'CopyObject',
      bucket: 'kms-bucket',
      key: 'dst',
      headers: { 'x-amz-copy-source': '/test-bucket/plain' },
    });
    expect(response.headers).toMatchObject({
      'x-amz-server-side-encryption': 'aws:kms',
      'x-amz-server-side-encryption-aws-kms-key-id': K1_ARN,
    });
  });
});

describe('copying an object onto itself (spec §7)', () => {
  const rows: {
    name: string;
    setup: Setup;
    headers: Record<string, string>;
    status: number;
    sse?: string;
  }[] = [
    {
      name: 'nothing changed is illegal',
      setup: { objects: [{ key: 'k', body: 'x' }] },
      headers: {},
      status: 400,
    },
    {
      name: 'REPLACE metadata is a change',
      setup: { objects: [{ key: 'k', body: 'x' }] },
      headers: { 'x-amz-metadata-directive': 'REPLACE' },
      status: 200,
      sse: 'AES256',
    },
    {
      name: 'naming AES256 again is a change',
      setup: { objects: [{ key: 'k', body: 'x' }] },
      headers: { 'x-amz-server-side-encryption': 'AES256' },
      status: 200,
      sse: 'AES256',
    },
    {
      name: 'an explicitly configured bucket default allows it',
      setup: {
        bucketEncryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        objects: [{ key: 'k', body: 'x' }],
      },
      headers: {},
      status: 200,
      sse: 'AES256',
    },
    {
      name: 'an SSE-KMS source with no headers becomes SSE-S3',
      setup: { objects: [{ key: 'k', body: 'x', headers: kmsHeaders(K1) }] },
      headers: {},
      status: 200,
      sse: 'AES256',
    },
    {
      name: 'a storage class is a change',
      setup: { objects: [{ key: 'k', body: 'x' }] },
      headers: { 'x-amz-storage-class': 'STANDARD_IA' },
      status: 200,
      sse: 'AES256',
    },
  ];
  it.each(rows)('$name', async ({ setup, headers, status, sse }) => {
    const world = await makeWorld(setup);
    const { response } = await world.send({
      operation: 'CopyObject',
      key: 'k',
      headers: { 'x-amz-copy-source': 'test-bucket/k', ...headers },
    });
    expect(response.status).toBe(status);
    if (status === 400)
      expect(response.error?.message).toMatch(
        /^This copy request is illegal because it is trying to copy an object to itself/,
      );
    if (sse) expect(response.headers['x-amz-server-side-encryption']).toBe(sse);
  });

  it("aws:kms without a key switches an in-place copy to aws/s3 and drops the source's bucket key", async () => {
    const world = await makeWorld({
      objects: [
        {
          key: 'k',
          body: 'x',
          headers: kmsHeaders(K1, { 'x-amz-server-side-encryption-bucket-key-enabled': 'true' }),
        },
      ],
    });
    const { response } = await world.send({
      operation: 'CopyObject',
      key: 'k',
      headers: { 'x-amz-copy-source': 'test-bucket/k', ...kmsHeaders() },
    });
    expect(response.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe(world.awsManagedKeyArn());
    expect(response.headers['x-amz-server-side-encryption-bucket-key-enabled']).toBeUndefined();
  });

  it("REPLACE takes the request's metadata; COPY keeps the source's", async () => {
    const world = await makeWorld({
      objects: [{ key: 'src', body: 'x', headers: { 'x-amz-meta-a': '1', 'Content-Type': 'text/plain' } }],
    });
    await world.send({
      operation: 'CopyObject',
      key: 'copy',
      headers: { 'x-amz-copy-source': 'test-bucket/src' },
    });
    await world.send({
      operation: 'CopyObject',
      key: 'replace',
      headers: {
        'x-amz-copy-source': 'test-bucket/src',
        'x-amz-metadata-directive': 'REPLACE',
        'x-amz-meta-b': '2',
      },
    });
    const copy = await world.send({ operation: 'HeadObject', key: 'copy' });
    const replace = await world.send({ operation: 'HeadObject', key: 'replace' });
    expect(copy.response.headers).toMatchObject({ 'x-amz-meta-a': '1', 'content-type': 'text/plain' });
    expect(replace.response.headers['x-amz-meta-a']).toBeUndefined();
    expect(replace.response.headers['x-amz-meta-b']).toBe('2');
  });
});
