/** Bucket-level operations (spec §1.2; policy conformance suite; Block Public Access). */
import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../../types.ts';
import { K1, K1_ARN, makeWorld } from '../testing/world-fixture.ts';

const ownerRead: JsonObject = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'OwnerRead',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::test-bucket/*',
    },
  ],
};
const publicRead: JsonObject = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::test-bucket/*' },
  ],
};

describe('bucket encryption', () => {
  it('a never-configured bucket reports SSE-S3, no bucket key, and SSE-C blocked', async () => {
    const world = await makeWorld();
    const { response } = await world.send({ operation: 'GetBucketEncryption' });
    expect(response.body).toEqual({
      ServerSideEncryptionConfiguration: {
        Rules: [
          {
            ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' },
            BucketKeyEnabled: false,
            BlockedEncryptionTypes: { EncryptionType: ['SSE-C'] },
          },
        ],
      },
    });
  });

  it('a KMS default applies to the next header-less PUT; the key id is reported as configured', async () => {
    const world = await makeWorld();
    const put = await world.send({
      operation: 'PutBucketEncryption',
      body: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: K1 } }],
      },
    });
    expect(put.response.status).toBe(200);
    const get = await world.send({ operation: 'GetBucketEncryption' });
    expect(JSON.stringify(get.response.body)).toContain(`"KMSMasterKeyID":"${K1}"`);
    const object = await world.send({ operation: 'PutObject', key: 'k', body: 'x' });
    expect(object.response.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe(K1_ARN);
    expect(object.trace.find((s) => s.stage === 'encryption-choice')?.data).toMatchObject({
      sseApplied: 'Default_SSE_KMS',
    });
  });

  it('a default naming a key that does not exist is accepted, and fails at PUT time', async () => {
    const world = await makeWorld();
    await world.send({
      operation: 'PutBucketEncryption',
      body: {
        Rules: [
          { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'fake-key-id' } },
        ],
      },
    });
    const { response } = await world.send({ operation: 'PutObject', key: 'k' });
    expect(response).toMatchObject({ status: 400, error: { code: 'KMS.NotFoundException' } });
  });

  it('DeleteBucketEncryption is 204 twice and resets to SSE-S3', async () => {
    const world = await makeWorld({
      bucketEncryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] },
    });
    expect((await world.send({ operation: 'DeleteBucketEncryption' })).response.status).toBe(204);
    expect((await world.send({ operation: 'DeleteBucketEncryption' })).response.status).toBe(204);
    const { response } = await world.send({ operation: 'PutObject', key: 'k' });
    expect(response.headers['x-amz-server-side-encryption']).toBe('AES256');
  });
});

describe('bucket policy', () => {
  it.each([
    {
      name: 'Get without a policy is 404 NoSuchBucketPolicy with the bucket name',
      operation: 'GetBucketPolicy' as const,
      body: undefined,
      status: 404,
      code: 'NoSuchBucketPolicy',
      message: 'The bucket policy does not exist',
    },
    {
      name: 'Put of a valid policy is 204',
      operation: 'PutBucketPolicy' as const,
      body: ownerRead,
      status: 204,
      code: undefined,
      message: undefined,
    },
    {
      name: 'Put of a public policy under BlockPublicPolicy is 403, naming the setting that blocks it',
      operation: 'PutBucketPolicy' as const,
      body: publicRead,
      status: 403,
      code: 'AccessDenied',
      message:
        'User: arn:aws:iam::111122223333:root is not authorized to perform: s3:PutBucketPolicy on resource: "arn:aws:s3:::test-bucket" because public policies are blocked by the BlockPublicPolicy block public access setting.',
    },
    {
      name: 'Delete without a policy is 204',
      operation: 'DeleteBucketPolicy' as const,
      body: undefined,
      status: 204,
      code: undefined,
      message: undefined,
    },
  ])('$name', async ({ operation, body, status, code, message }) => {
    const world = await makeWorld();
    const { response } = await world.send({ operation, ...(body ? { body } : {}) });
    expect(response.status).toBe(status);
    if (code) expect(response.error?.code).toBe(code);
    expect(response.error?.message).toBe(message);
    if (code === 'NoSuchBucketPolicy') expect(response.error?.fields).toEqual({ BucketName: 'test-bucket' });
  });

  it('Get returns the stored text; a refused Put keeps it', async () => {
    const world = await makeWorld({ policy: ownerRead });
    const bad = await world.send({
      operation: 'PutBucketPolicy',
      body: {
        ...ownerRead,
        Statement: [
          {
            Effect: 'Allow',
            Principal: '*',
            Action: 's3:GetObjects',
            Resource: 'arn:aws:s3:::test-bucket/*',
          },
        ],
      },
    });
    expect(bad.response.error?.code).toBe('MalformedPolicy');
    const { response } = await world.send({ operation: 'GetBucketPolicy' });
    expect(JSON.parse((response.body as { Policy: string }).Policy)).toEqual(ownerRead);
  });

  it('after DeletePublicAccessBlock a public policy is accepted and grants anonymous reads', async () => {
    const world = await makeWorld({ objects: [{ key: 'k', body: 'hi' }] });
    expect((await world.send({ operation: 'DeletePublicAccessBlock' })).response.status).toBe(204);
    expect((await world.send({ operation: 'GetPublicAccessBlock' })).response.error?.code).toBe(
      'NoSuchPublicAccessBlockConfiguration',
    );
    expect((await world.send({ operation: 'PutBucketPolicy', body: publicRead })).response.status).toBe(204);
    const anonymous = await world.send({ operation: 'GetObject', key: 'k', signature: 'anonymous' });
    expect(anonymous.response.status).toBe(200);
  });

  it('an expected bucket owner of another account is 403 Access Denied', async () => {
    const world = await makeWorld();
    const { response } = await world.send({
      operation: 'GetBucketEncryption',
      headers: { 'x-amz-expected-bucket-owner': '444455556666' },
    });
    expect(response).toMatchObject({
      status: 403,
      error: { code: 'AccessDenied', message: 'Access Denied' },
    });
  });
});

describe('Block Public Access and versioning configuration', () => {
  it('all four settings are on by default and can be replaced', async () => {
    const world = await makeWorld();
    const before = await world.send({ operation: 'GetPublicAccessBlock' });
    expect(before.response.body).toEqual({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    });
    const config = {
      BlockPublicAcls: true,
      IgnorePublicAcls: false,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: false,
    };
    expect((await world.send({ operation: 'PutPublicAccessBlock', body: config })).response.status).toBe(200);
    expect((await world.send({ operation: 'GetPublicAccessBlock' })).response.body).toEqual({
      PublicAccessBlockConfiguration: config,
    });
  });

  it.each<{ name: string; operation: 'PutBucketVersioning' | 'PutPublicAccessBlock'; body: JsonObject }>([
    {
      name: 'a versioning status other than Enabled or Suspended',
      operation: 'PutBucketVersioning' as const,
      body: { Status: 'On' },
    },
    {
      name: 'a Block Public Access setting that is not a boolean',
      operation: 'PutPublicAccessBlock' as const,
      body: { BlockPublicAcls: 'yes' },
    },
  ])('$name is 400 MalformedXML', async ({ operation, body }) => {
    const world = await makeWorld();
    expect((await world.send({ operation, body })).response.error?.code).toBe('MalformedXML');
  });
});
