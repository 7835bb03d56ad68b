/**
 * A read of a missing key: 404 only for a caller who may list the bucket, else 403. Source: the
 * API reference of GetObject, HeadObject and GetObjectAttributes, "Permissions" ("If you have the
 * s3:ListBucket permission on the bucket, Amazon S3 returns an HTTP status code 404 Not Found
 * error. If you don't have the s3:ListBucket permission, Amazon S3 returns an HTTP status code 403
 * Access Denied error."), and aws/aws-cli#2041 (AccessDenied for a missing key with GetObject only).
 */
import { describe, expect, it } from 'vitest';
import type { ObjectOperation, Setup } from '../../types.ts';
import { makeWorld } from '../testing/world-fixture.ts';

const BOB = 'arn:aws:iam::111122223333:user/bob';
const allow = (actions: string[]) => ({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: 's3:GetObject*', Resource: 'arn:aws:s3:::test-bucket/*' },
    ...(actions.length > 0
      ? [{ Effect: 'Allow', Action: actions, Resource: 'arn:aws:s3:::test-bucket' }]
      : []),
  ],
});
const readersOnly: Setup = { principals: [{ arn: BOB, policy: allow([]) }] };
const listers: Setup = { principals: [{ arn: BOB, policy: allow(['s3:ListBucket']) }] };
const publicRead: Setup = {
  publicAccessBlock: {
    BlockPublicAcls: false,
    IgnorePublicAcls: false,
    BlockPublicPolicy: false,
    RestrictPublicBuckets: false,
  },
  policy: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::test-bucket/*' },
    ],
  },
};
const ATTRIBUTES = { 'x-amz-object-attributes': 'ObjectSize' };

describe('a read of a key that does not exist', () => {
  // A HEAD answer has no body, so no error code (RFC 9110 §9.3.2).
  it.each([
    { who: 'the bucket owner', setup: {}, as: {}, operation: 'GetObject', status: 404, code: 'NoSuchKey' },
    {
      who: 'a user allowed only s3:GetObject',
      setup: readersOnly,
      as: { principal: BOB },
      operation: 'GetObject',
      status: 403,
      code: 'AccessDenied',
    },
    {
      who: 'a user allowed only s3:GetObject',
      setup: readersOnly,
      as: { principal: BOB },
      operation: 'HeadObject',
      status: 403,
      code: undefined,
    },
    {
      who: 'a user allowed only s3:GetObject*',
      setup: readersOnly,
      as: { principal: BOB, headers: ATTRIBUTES },
      operation: 'GetObjectAttributes',
      status: 403,
      code: 'AccessDenied',
    },
    {
      who: 'a user allowed s3:GetObject and s3:ListBucket',
      setup: listers,
      as: { principal: BOB },
      operation: 'GetObject',
      status: 404,
      code: 'NoSuchKey',
    },
    {
      who: 'an anonymous reader of a public bucket',
      setup: publicRead,
      as: { signature: 'anonymous' as const },
      operation: 'GetObject',
      status: 403,
      code: 'AccessDenied',
    },
  ])('answers $status $code to $who ($operation)', async ({ setup, as, operation, status, code }) => {
    const world = await makeWorld(setup);
    const read = await world.send({ operation: operation as ObjectOperation, key: 'missing.txt', ...as });
    expect({ status: read.response.status, code: read.response.error?.code }).toEqual({ status, code });
    const listed = read.differences?.some((note) => note.id === 'missing-key-without-list-bucket') ?? false;
    expect(listed).toBe(status === 403);
  });

  it('says why in the trace: the s3:ListBucket check, denied, at the stage that looked for the object', async () => {
    const world = await makeWorld(readersOnly);
    const read = await world.send({ operation: 'GetObject', key: 'missing.txt', principal: BOB });
    const step = read.trace.find((s) => s.outcome === 'fail');
    expect(step?.stage).toBe('encryption-choice');
    expect(step?.title).toContain('no s3:ListBucket');
    expect(step?.stage === 'encryption-choice' && step.data?.listBucket?.action).toBe('s3:ListBucket');
    expect(read.response.error?.message).toBe('Access Denied');
  });

  it('answers an existing object to the same reader, so only missing keys are hidden', async () => {
    const world = await makeWorld(readersOnly);
    await world.send({ operation: 'PutObject', key: 'here.txt', body: 'x' });
    const read = await world.send({ operation: 'GetObject', key: 'here.txt', principal: BOB });
    expect(read.response.status).toBe(200);
  });

  it('keeps the 404 of a delete marker, which the documents do not cover', async () => {
    const world = await makeWorld({ ...readersOnly, versioning: 'Enabled' });
    await world.send({ operation: 'PutObject', key: 'gone.txt', body: 'x' });
    await world.send({ operation: 'DeleteObject', key: 'gone.txt' });
    const read = await world.send({ operation: 'GetObject', key: 'gone.txt', principal: BOB });
    expect(read.response).toMatchObject({ status: 404, headers: { 'x-amz-delete-marker': 'true' } });
  });
});
