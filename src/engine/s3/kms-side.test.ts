/** The `kms:*` side operations and how key state and key policy show up in S3 answers (spec §2.5, §2.6). */
import { describe, expect, it } from 'vitest';
import { K1, K1_ARN, kmsHeaders, makeWorld } from './testing/world-fixture.ts';

describe('kms side operations', () => {
  it('DescribeKey answers KeyMetadata in the CLI shape; an unknown key is 400 NotFoundException', async () => {
    const world = await makeWorld();
    const described = await world.send({ operation: 'kms:DescribeKey', body: { KeyId: K1 } });
    expect(described.response).toMatchObject({
      status: 200,
      body: { KeyMetadata: { Arn: K1_ARN, KeyManager: 'CUSTOMER' } },
    });
    const missing = await world.send({ operation: 'kms:DescribeKey', body: { KeyId: 'alias/none' } });
    expect(missing.response).toMatchObject({ status: 400, error: { code: 'NotFoundException' } });
  });

  it.each([
    {
      name: 'a disabled key',
      change: 'kms:DisableKey' as const,
      code: 'KMS.DisabledException',
      message: `${K1_ARN} is disabled.`,
    },
    {
      name: 'a key pending deletion',
      change: 'kms:ScheduleKeyDeletion' as const,
      code: 'KMS.KMSInvalidStateException',
      message: `${K1_ARN} is pending deletion.`,
    },
  ])('reading an object under $name is 400 $code', async ({ change, code, message }) => {
    const world = await makeWorld({ objects: [{ key: 'k', body: 'x', headers: kmsHeaders(K1) }] });
    expect((await world.send({ operation: change, body: { KeyId: K1 } })).response.status).toBe(200);
    const { response, kmsEvents } = await world.send({ operation: 'GetObject', key: 'k' });
    expect(response).toMatchObject({ status: 400, error: { code, message } });
    expect(kmsEvents.at(-1)).toMatchObject({ eventName: 'Decrypt' });
  });

  it('an enabled key works again after EnableKey', async () => {
    const world = await makeWorld({ objects: [{ key: 'k', body: 'x', headers: kmsHeaders(K1) }] });
    await world.send({ operation: 'kms:DisableKey', body: { KeyId: K1 } });
    await world.send({ operation: 'kms:EnableKey', body: { KeyId: K1 } });
    expect((await world.send({ operation: 'GetObject', key: 'k' })).response.status).toBe(200);
  });

  it('over the KMS quota S3 answers 503 SlowDown', async () => {
    const world = await makeWorld({ kmsRequestsPerSecond: 2 });
    const statuses: number[] = [];
    for (const key of ['a', 'b', 'c'])
      statuses.push(
        (await world.send({ operation: 'PutObject', key, headers: kmsHeaders(K1) })).response.status,
      );
    expect(statuses).toEqual([200, 200, 503]);
  });

  it('a bucket key serves later PUTs in its window without a new KMS call', async () => {
    const world = await makeWorld();
    const headers = kmsHeaders(K1, { 'x-amz-server-side-encryption-bucket-key-enabled': 'true' });
    const first = await world.send({ operation: 'PutObject', key: 'a', headers });
    const second = await world.send({ operation: 'PutObject', key: 'b', headers });
    expect(first.kmsEvents).toHaveLength(1);
    expect(first.kmsEvents[0]?.requestParameters).toMatchObject({
      encryptionContext: { 'aws:s3:arn': 'arn:aws:s3:::test-bucket' },
    });
    expect(second.kmsEvents).toHaveLength(0);
  });
});

describe('authorization across accounts (spec §6.4)', () => {
  const role = 'arn:aws:iam::444455556666:role/reader';
  const identity = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::test-bucket/*' }],
  };
  const bucketGrant = {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: role },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::test-bucket/*',
      },
    ],
  };
  it.each([
    { name: 'only the identity policy allows', withBucketPolicy: false, status: 403 },
    { name: 'both the bucket policy and the identity policy allow', withBucketPolicy: true, status: 200 },
  ])('another account is $status when $name', async ({ withBucketPolicy, status }) => {
    const world = await makeWorld({
      principals: [{ arn: role, policy: identity }],
      objects: [{ key: 'k', body: 'x' }],
      ...(withBucketPolicy ? { policy: bucketGrant } : {}),
    });
    const { response, trace } = await world.send({ operation: 'GetObject', key: 'k', principal: role });
    expect(response.status).toBe(status);
    expect(trace.find((step) => step.stage === 'authorization')?.outcome).toBe(
      status === 200 ? 'pass' : 'fail',
    );
  });
});
