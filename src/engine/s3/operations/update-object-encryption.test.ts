/** UpdateObjectEncryption (spec §7): SSE-S3 or SSE-KMS → SSE-KMS, keeping ETag, dates and version id. */
import { describe, expect, it } from 'vitest';
import type { JsonObject, Setup } from '../../types.ts';
import {
  K1,
  K1_ARN,
  K2_ARN,
  KEY_A,
  kmsHeaders,
  makeWorld,
  SSE_C_ALLOWED,
  sseC,
  text,
} from '../testing/world-fixture.ts';

const to = (arn: string, bucketKey = false): JsonObject => ({
  ObjectEncryption: { SSEKMS: { KMSKeyArn: arn, BucketKeyEnabled: bucketKey } },
});

describe('UpdateObjectEncryption', () => {
  it.each([
    { name: 'an SSE-S3 object to SSE-KMS', put: {} },
    { name: 'an SSE-KMS object to another key', put: kmsHeaders(K1) },
  ])('changes $name and keeps the ETag and Last-Modified', async ({ put }) => {
    const world = await makeWorld({ objects: [{ key: 'k', body: 'data', headers: put }] });
    const before = await world.send({ operation: 'HeadObject', key: 'k' });
    const updated = await world.send({
      operation: 'UpdateObjectEncryption',
      key: 'k',
      body: to(K2_ARN, true),
    });
    expect(updated.response.status).toBe(200);
    const after = await world.send({ operation: 'GetObject', key: 'k' });
    expect(after.response.headers).toMatchObject({
      etag: before.response.headers.etag,
      'last-modified': before.response.headers['last-modified'],
      'x-amz-server-side-encryption': 'aws:kms',
      'x-amz-server-side-encryption-aws-kms-key-id': K2_ARN,
      'x-amz-server-side-encryption-bucket-key-enabled': 'true',
    });
    expect(text(after.response.body)).toBe('data');
  });

  it.each([
    { name: 'the bucket default SSE-S3', put: {}, before: 'Default_SSE_S3' },
    { name: 'an explicit SSE-KMS header', put: kmsHeaders(K1), before: 'SSE_KMS' },
  ])(
    'records SSE_KMS as how the object is encrypted once updated from $name (spec §1, docs/differences.md)',
    async ({ put, before }) => {
      const world = await makeWorld({ objects: [{ key: 'k', body: 'data', headers: put }] });
      const version = () => world.snapshot().buckets[0]?.objects.find((o) => o.key === 'k')?.versions[0];
      expect(version()?.sseApplied).toBe(before);
      await world.send({ operation: 'UpdateObjectEncryption', key: 'k', body: to(K2_ARN) });
      expect(version()).toMatchObject({ sseApplied: 'SSE_KMS', mode: 'SSE-KMS', keyArn: K2_ARN });
    },
  );

  const refusals: { name: string; setup: Setup; body: JsonObject; status: number; code: string }[] = [
    {
      name: 'an SSE-C object',
      setup: { bucketEncryption: SSE_C_ALLOWED, objects: [{ key: 'k', headers: sseC(KEY_A) }] },
      body: to(K1_ARN),
      status: 400,
      code: 'InvalidRequest',
    },
    {
      name: 'a DSSE-KMS object',
      setup: { objects: [{ key: 'k', headers: { 'x-amz-server-side-encryption': 'aws:kms:dsse' } }] },
      body: to(K1_ARN),
      status: 400,
      code: 'InvalidRequest',
    },
    {
      name: 'a bare key id instead of an ARN',
      setup: { objects: [{ key: 'k' }] },
      body: to(K1),
      status: 400,
      code: 'InvalidRequest',
    },
    {
      name: 'a target of SSE-S3',
      setup: { objects: [{ key: 'k' }] },
      body: { ObjectEncryption: { SSES3: {} } },
      status: 400,
      code: 'InvalidRequest',
    },
    {
      name: 'a key of another account',
      setup: { objects: [{ key: 'k' }] },
      body: to(`arn:aws:kms:us-east-1:444455556666:key/${K1}`),
      status: 403,
      code: 'AccessDenied',
    },
    {
      name: 'a key that does not exist',
      setup: { objects: [{ key: 'k' }] },
      body: to('arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000'),
      status: 400,
      code: 'KMS.NotFoundException',
    },
    { name: 'a missing object', setup: {}, body: to(K1_ARN), status: 404, code: 'NoSuchKey' },
  ];
  it.each(refusals)('refuses $name with $status $code', async ({ setup, body, status, code }) => {
    const world = await makeWorld(setup);
    const { response } = await world.send({ operation: 'UpdateObjectEncryption', key: 'k', body });
    expect(response).toMatchObject({ status, error: { code } });
  });

  it.each<{ name: string; signature: 'SigV2' | 'SigV4'; body: JsonObject; message: string }>([
    {
      name: 'a SigV2 request',
      signature: 'SigV2' as const,
      body: to(K1_ARN),
      message:
        'Requests that modify an object encryption configuration require Amazon Web Services Signature Version 4. Modify the request to use Amazon Web Services Signature Version 4, and then try again.',
    },
    {
      name: 'a target of SSE-C',
      signature: 'SigV4' as const,
      body: { ObjectEncryption: { SSEC: {} } },
      message:
        "The UpdateObjectEncryption operation doesn't support updating the encryption type to DSSE-KMS or SSE-C. Modify the request to specify SSE-KMS for the updated encryption type, and then try again.",
    },
    {
      name: 'no key ARN',
      signature: 'SigV4' as const,
      body: { ObjectEncryption: { SSEKMS: {} } },
      message:
        "Requests that modify an object's encryption type to SSE-KMS require an Amazon Web Services KMS key Amazon Resource Name (ARN). Modify the request to specify a KMS key ARN, and then try again.",
    },
    {
      name: 'a BucketKeyEnabled that is not a boolean',
      signature: 'SigV4' as const,
      body: { ObjectEncryption: { SSEKMS: { KMSKeyArn: K1_ARN, BucketKeyEnabled: 'yes' } } },
      message:
        "The BucketKeyEnabled value isn't valid. Valid values are true or false. Modify the request to specify a valid value, and then try again.",
    },
  ])("answers $name with the model's message", async ({ signature, body, message }) => {
    const world = await makeWorld({ objects: [{ key: 'k' }] });
    const { response } = await world.send({ operation: 'UpdateObjectEncryption', key: 'k', signature, body });
    expect(response).toMatchObject({ status: 400, error: { code: 'InvalidRequest', message } });
  });
});
