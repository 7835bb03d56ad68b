/** createWorld: the set-up order and what S3 would refuse in a set-up (docs/scenario-format.md "Setup"). */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../deps.ts';
import { KEY_A, SSE_C_ALLOWED, sseC } from '../s3/testing/world-fixture.ts';
import type { Setup } from '../types.ts';
import { createWorld } from './create-world.ts';

const publicRead = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::test-bucket/*' },
  ],
};

describe('createWorld set-up problems', () => {
  const rows: { name: string; setup: Setup; path: string }[] = [
    { name: 'a public policy under Block Public Access', setup: { policy: publicRead }, path: 'policy' },
    {
      name: 'a policy S3 refuses as malformed',
      setup: {
        policy: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: '*',
              Action: 's3:GetObjects',
              Resource: 'arn:aws:s3:::test-bucket/*',
            },
          ],
        },
      },
      path: 'policy',
    },
    { name: 'a policy string that is not JSON', setup: { policy: '{"Version": ' }, path: 'policy' },
    {
      name: 'an SSE-C object on a bucket that blocks SSE-C',
      setup: { objects: [{ key: 'k', headers: sseC(KEY_A) }] },
      path: 'objects[0]',
    },
    {
      name: 'an object with a KMS key that does not exist',
      setup: {
        objects: [
          {
            key: 'k',
            headers: {
              'x-amz-server-side-encryption': 'aws:kms',
              'x-amz-server-side-encryption-aws-kms-key-id': 'nope',
            },
          },
        ],
      },
      path: 'objects[0]',
    },
    {
      name: 'a bucket encryption S3 refuses',
      setup: { bucketEncryption: { Rules: [] } },
      path: 'bucketEncryption',
    },
    {
      name: 'an identity policy that is not JSON',
      setup: { principals: [{ arn: 'arn:aws:iam::111122223333:role/app', policy: '{' }] },
      path: 'principals[0].policy',
    },
    {
      name: 'another bucket declared twice',
      setup: { otherBuckets: [{ name: 'b' }, { name: 'b' }] },
      path: 'otherBuckets[1].name',
    },
  ];
  it.each(rows)('$name is reported at $path', async ({ setup, path }) => {
    const built = await createWorld(setup, deterministicDeps(1));
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.error.map((problem) => problem.path)).toContain(path);
  });

  it('a public policy is accepted once BlockPublicPolicy is off', async () => {
    const pab = {
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: false,
    };
    const built = await createWorld({ publicAccessBlock: pab, policy: publicRead }, deterministicDeps(1));
    expect(built.ok).toBe(true);
  });

  it('set-up objects are put before the policy, so a deny-all policy does not break them', async () => {
    const denyAll = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::test-bucket/*' }],
    };
    const built = await createWorld(
      { objects: [{ key: 'k', body: 'x' }], policy: denyAll },
      deterministicDeps(1),
    );
    expect(built.ok).toBe(true);
  });
});

describe('snapshot', () => {
  it('shows versions, uploads, keys and the audit log, and never the SSE-C key', async () => {
    const built = await createWorld(
      {
        bucketEncryption: SSE_C_ALLOWED,
        kmsKeys: [{ id: '1234abcd-12ab-34cd-56ef-1234567890ab' }],
        objects: [{ key: 'ssec', body: 'secret', headers: sseC(KEY_A) }],
      },
      deterministicDeps(1),
    );
    if (!built.ok) throw new Error('set-up refused');
    const world = built.value;
    await world.send({
      operation: 'PutObject',
      key: 'kms',
      headers: { 'x-amz-server-side-encryption': 'aws:kms' },
    });
    await world.send({ operation: 'CreateMultipartUpload', key: 'mp' });
    const snap = world.snapshot();
    const bucket = snap.buckets[0]!;
    expect(bucket).toMatchObject({
      name: 'test-bucket',
      sseCBlocked: false,
      versioning: null,
      policyText: null,
    });
    const ssec = bucket.objects.find((o) => o.key === 'ssec')?.versions[0];
    expect(ssec).toMatchObject({ mode: 'SSE-C', isLatest: true, size: 6 });
    expect(ssec?.segments[0]?.layers[0]).toMatchObject({ tagBytes: 16 });
    const serialized = JSON.stringify(snap);
    const rawKeyHex = Array.from(atob(KEY_A.key), (c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join(
      '',
    );
    expect(serialized).not.toContain(KEY_A.key);
    expect(serialized).not.toContain(rawKeyHex);
    expect(bucket.uploads).toHaveLength(1);
    expect(snap.kmsKeys.map((k) => k.manager)).toContain('AWS');
    expect(snap.auditLog.map((e) => e.eventName)).toContain('GenerateDataKey');
  });
});
