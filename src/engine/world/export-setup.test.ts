/**
 * world.exportSetup(): after each kind of change S3 or KMS accepts, the exported set-up says it,
 * and a world built from it exports the same set-up again (createWorld(exportSetup()) round-trips).
 * Behaviour of each operation: spec §1.2 (bucket encryption), §1.3 (SSE-C block), KMS API
 * reference (DisableKey, ScheduleKeyDeletion, CancelKeyDeletion leaves a key Disabled, PutKeyPolicy).
 */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../deps.ts';
import { K1, K1_ARN, KEY_A, SSE_C_ALLOWED, sseC } from '../s3/testing/world-fixture.ts';
import type { JsonObject, RequestInput, Setup } from '../types.ts';
import { createWorld, type World } from './create-world.ts';
import { NONE_BLOCKED } from './types.ts';

const IDENTITY = { account: '111122223333', region: 'us-east-1', bucket: 'test-bucket' };
const NEW_KEY = '5a5c1d1e-1111-4222-8333-944455556666';
const OTHER_KEY = '0987dcba-09fe-87dc-65ba-ab0987654321';
const ALICE = 'arn:aws:iam::111122223333:user/alice';
/** Written as a user would type it, so the export must keep the text, not a re-serialised copy. */
const bucketPolicy = `{ "Version": "2012-10-17", "Statement": [ { "Sid": "NeedsSse", "Effect": "Deny",
  "Principal": "*", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::test-bucket/*",
  "Condition": { "Null": { "s3:x-amz-server-side-encryption": "true" } } } ] }`;
const keyPolicy: JsonObject = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
  ],
};
const allowGet = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::test-bucket/*' }],
});

async function build(setup: Setup): Promise<World> {
  const made = await createWorld(setup, deterministicDeps(3));
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  return made.value;
}

const withKey: Setup = { kmsKeys: [{ id: K1 }] };

describe('world.exportSetup after each kind of change', () => {
  const rows: {
    name: string;
    setup?: Setup;
    requests: RequestInput[];
    /** The exported set-up, beside the world's account, Region and bucket. */
    exported: Setup;
  }[] = [
    { name: 'an untouched default world exports only its identity', requests: [], exported: {} },
    {
      name: 'PutBucketEncryption with a KMS key and a bucket key is stored as sent',
      setup: withKey,
      requests: [
        {
          operation: 'PutBucketEncryption',
          body: {
            Rules: [
              {
                ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: K1_ARN },
                BucketKeyEnabled: true,
              },
            ],
          },
        },
      ],
      exported: {
        bucketEncryption: {
          Rules: [
            {
              ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: K1_ARN },
              BucketKeyEnabled: true,
            },
          ],
        },
        kmsKeys: [{ id: K1 }],
      },
    },
    {
      name: 'a later rule without BlockedEncryptionTypes keeps SSE-C allowed, so the export says NONE',
      requests: [
        { operation: 'PutBucketEncryption', body: SSE_C_ALLOWED as unknown as JsonObject },
        {
          operation: 'PutBucketEncryption',
          body: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        },
      ],
      exported: { bucketEncryption: SSE_C_ALLOWED },
    },
    {
      name: 'DeleteBucketEncryption goes back to no configuration',
      setup: {
        bucketEncryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      },
      requests: [{ operation: 'DeleteBucketEncryption' }],
      exported: {},
    },
    {
      name: 'DeleteBucketEncryption after allowing SSE-C keeps SSE-C allowed',
      setup: { bucketEncryption: SSE_C_ALLOWED },
      requests: [{ operation: 'DeleteBucketEncryption' }],
      exported: { bucketEncryption: { Rules: [{ BlockedEncryptionTypes: { EncryptionType: ['NONE'] } }] } },
    },
    {
      name: 'PutBucketVersioning Enabled',
      requests: [{ operation: 'PutBucketVersioning', body: { Status: 'Enabled' } }],
      exported: { versioning: 'Enabled' },
    },
    {
      name: 'PutBucketVersioning Suspended after Enabled',
      setup: { versioning: 'Enabled' },
      requests: [{ operation: 'PutBucketVersioning', body: { Status: 'Suspended' } }],
      exported: { versioning: 'Suspended' },
    },
    {
      name: 'PutPublicAccessBlock with two settings off',
      requests: [
        {
          operation: 'PutPublicAccessBlock',
          body: {
            BlockPublicAcls: true,
            IgnorePublicAcls: true,
            BlockPublicPolicy: false,
            RestrictPublicBuckets: false,
          },
        },
      ],
      exported: {
        publicAccessBlock: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: false,
          RestrictPublicBuckets: false,
        },
      },
    },
    {
      name: 'DeletePublicAccessBlock leaves nothing blocked',
      requests: [{ operation: 'DeletePublicAccessBlock' }],
      exported: { publicAccessBlock: NONE_BLOCKED },
    },
    {
      name: 'PutBucketPolicy keeps the policy text as sent',
      requests: [{ operation: 'PutBucketPolicy', body: bucketPolicy }],
      exported: { policy: bucketPolicy },
    },
    {
      name: 'DeleteBucketPolicy removes it',
      setup: { policy: bucketPolicy },
      requests: [{ operation: 'DeleteBucketPolicy' }],
      exported: {},
    },
    {
      name: 'kms:CreateKey with an alias and a key policy',
      requests: [{ operation: 'kms:CreateKey', body: { KeyId: NEW_KEY, Alias: 'app', Policy: keyPolicy } }],
      exported: { kmsKeys: [{ id: NEW_KEY, alias: 'alias/app', policy: keyPolicy }] },
    },
    {
      name: 'kms:DisableKey',
      setup: withKey,
      requests: [{ operation: 'kms:DisableKey', body: { KeyId: K1 } }],
      exported: { kmsKeys: [{ id: K1, state: 'Disabled' }] },
    },
    {
      name: 'kms:EnableKey after DisableKey',
      setup: { kmsKeys: [{ id: K1, state: 'Disabled' }] },
      requests: [{ operation: 'kms:EnableKey', body: { KeyId: K1 } }],
      exported: { kmsKeys: [{ id: K1 }] },
    },
    {
      name: 'kms:ScheduleKeyDeletion',
      setup: withKey,
      requests: [{ operation: 'kms:ScheduleKeyDeletion', body: { KeyId: K1, PendingWindowInDays: 7 } }],
      exported: { kmsKeys: [{ id: K1, state: 'PendingDeletion' }] },
    },
    {
      name: 'kms:CancelKeyDeletion leaves the key Disabled',
      setup: { kmsKeys: [{ id: K1, state: 'PendingDeletion' }] },
      requests: [{ operation: 'kms:CancelKeyDeletion', body: { KeyId: K1 } }],
      exported: { kmsKeys: [{ id: K1, state: 'Disabled' }] },
    },
    {
      name: 'kms:PutKeyPolicy',
      setup: withKey,
      requests: [{ operation: 'kms:PutKeyPolicy', body: { KeyId: K1, Policy: JSON.stringify(keyPolicy) } }],
      exported: { kmsKeys: [{ id: K1, policy: keyPolicy }] },
    },
    {
      name: 'a refused change changes nothing',
      setup: withKey,
      requests: [{ operation: 'PutBucketEncryption', body: { Rules: [] } }],
      exported: { kmsKeys: [{ id: K1 }] },
    },
    {
      name: "another account's key, a principal, declared objects and another bucket are kept",
      setup: {
        kmsKeys: [{ id: OTHER_KEY, account: '444455556666', alias: 'alias/theirs' }],
        principals: [{ arn: ALICE, policy: allowGet }],
        objects: [{ key: 'a.txt', body: 'hello' }],
        otherBuckets: [
          { name: 'logs', account: '444455556666', versioning: 'Enabled', objects: [{ key: 'l' }] },
        ],
        kmsRequestsPerSecond: 2,
      },
      requests: [{ operation: 'PutObject', key: 'b.txt', body: 'stored, not declared' }],
      exported: {
        kmsKeys: [{ id: OTHER_KEY, alias: 'alias/theirs', account: '444455556666' }],
        kmsRequestsPerSecond: 2,
        objects: [{ key: 'a.txt', body: 'hello' }],
        principals: [{ arn: ALICE, policy: allowGet }],
        otherBuckets: [
          { name: 'logs', account: '444455556666', versioning: 'Enabled', objects: [{ key: 'l' }] },
        ],
      },
    },
  ];

  it.each(rows)('$name', async ({ setup, requests, exported }) => {
    const world = await build(setup ?? {});
    for (const request of requests) await world.send(request);
    const setupNow = world.exportSetup();
    expect(setupNow).toEqual({ ...IDENTITY, ...exported });
    const rebuilt = await build(setupNow);
    expect(rebuilt.exportSetup()).toEqual(setupNow);
  });
});

describe('a world rebuilt from its exported set-up', () => {
  it('accepts SSE-C where the original had allowed it, then lost its configuration', async () => {
    const world = await build({ bucketEncryption: SSE_C_ALLOWED });
    await world.send({ operation: 'DeleteBucketEncryption' });
    const rebuilt = await build(world.exportSetup());
    const put = await rebuilt.send({ operation: 'PutObject', key: 'k', body: 'x', headers: sseC(KEY_A) });
    expect(put.response.status).toBe(200);
  });

  it('keeps a principal added after the set-up, with its identity policy', async () => {
    const world = await build({});
    expect(world.putPrincipal({ arn: ALICE, policy: allowGet }).ok).toBe(true);
    const rebuilt = await build(world.exportSetup());
    expect(rebuilt.exportSetup().principals).toEqual([{ arn: ALICE, policy: allowGet }]);
  });

  it('names a key in a Region of its own by that Region', async () => {
    const world = await build({ kmsKeys: [{ id: K1, region: 'eu-west-1' }] });
    expect(world.exportSetup().kmsKeys).toEqual([{ id: K1, region: 'eu-west-1' }]);
  });
});
