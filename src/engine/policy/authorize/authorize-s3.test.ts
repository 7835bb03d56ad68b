import { describe, expect, it } from 'vitest';
import type { PublicAccessBlockConfiguration } from '../../types.ts';
import type { S3ContextInput } from '../context/build-s3-context.ts';
import { OTHER, OWNER, s3Context } from '../evaluate/testing/contexts.ts';
import { policyFromJson, type StatementJson } from '../evaluate/testing/policy-from-json.ts';
import { authorizeS3 } from './authorize-s3.ts';
import type { Authorization } from './types.ts';

const ALL_ON: PublicAccessBlockConfiguration = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};
const ALL_OFF: PublicAccessBlockConfiguration = {
  BlockPublicAcls: false,
  IgnorePublicAcls: false,
  BlockPublicPolicy: false,
  RestrictPublicBuckets: false,
};
const USER = `arn:aws:iam::${OWNER}:user/alice`;
const ROLE = `arn:aws:iam::${OWNER}:role/app`;
const FOREIGN_USER = `arn:aws:iam::${OTHER}:user/bob`;
const FOREIGN_ROOT = `arn:aws:iam::${OTHER}:root`;

const stmt = (
  Effect: 'Allow' | 'Deny',
  Principal: StatementJson['Principal'],
  extra: Partial<StatementJson> = {},
): StatementJson => ({
  Effect,
  Principal,
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::test-bucket/*',
  ...extra,
});
const identityAllow = policyFromJson({
  Statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
});
const identityDeny = policyFromJson({ Statement: { Effect: 'Deny', Action: 's3:*', Resource: '*' } });
const bucket = (...statements: StatementJson[]) => policyFromJson({ Statement: statements });

const cases: {
  name: string;
  request: Partial<S3ContextInput>;
  bucketPolicy?: ReturnType<typeof bucket>;
  identityPolicy?: typeof identityAllow;
  pab?: PublicAccessBlockConfiguration;
  expected: Pick<Authorization, 'decision' | 'decidedBy'> & { publicGrantIgnored?: boolean };
}[] = [
  {
    name: 'the owner account root is allowed by identity with no policy at all',
    request: {},
    expected: { decision: 'Allow', decidedBy: 'account-root' },
  },
  {
    name: 'a same-account user with no policy is implicitly denied',
    request: { principal: USER },
    expected: { decision: 'ImplicitDeny', decidedBy: 'none' },
  },
  {
    name: 'a same-account user allowed by its identity policy alone',
    request: { principal: USER },
    identityPolicy: identityAllow,
    expected: { decision: 'Allow', decidedBy: 'identity-policy' },
  },
  {
    name: 'a same-account user allowed by the bucket policy alone (named directly)',
    request: { principal: USER },
    bucketPolicy: bucket(stmt('Allow', { AWS: USER })),
    expected: { decision: 'Allow', decidedBy: 'bucket-policy' },
  },
  {
    name: 'a same-account role session allowed by the bucket policy naming its role',
    request: { principal: `arn:aws:sts::${OWNER}:assumed-role/app/s1` },
    bucketPolicy: bucket(stmt('Allow', { AWS: ROLE })),
    expected: { decision: 'Allow', decidedBy: 'bucket-policy' },
  },
  {
    name: 'a bucket policy naming only the account delegates: the user still needs its identity policy',
    request: { principal: USER },
    bucketPolicy: bucket(stmt('Allow', { AWS: OWNER })),
    expected: { decision: 'ImplicitDeny', decidedBy: 'none' },
  },
  {
    name: 'an account grant plus the identity policy allows',
    request: { principal: USER },
    bucketPolicy: bucket(stmt('Allow', { AWS: OWNER })),
    identityPolicy: identityAllow,
    expected: { decision: 'Allow', decidedBy: 'bucket-policy' },
  },
  {
    name: 'a bucket policy deny wins over an identity allow',
    request: { principal: USER },
    bucketPolicy: bucket(stmt('Deny', '*')),
    identityPolicy: identityAllow,
    expected: { decision: 'ExplicitDeny', decidedBy: 'bucket-policy' },
  },
  {
    name: 'an identity deny wins over a bucket allow',
    request: { principal: USER },
    bucketPolicy: bucket(stmt('Allow', { AWS: USER })),
    identityPolicy: identityDeny,
    expected: { decision: 'ExplicitDeny', decidedBy: 'identity-policy' },
  },
  {
    name: 'a bucket policy deny applies to the owner root too',
    request: {},
    bucketPolicy: bucket(stmt('Deny', { AWS: '*' })),
    expected: { decision: 'ExplicitDeny', decidedBy: 'bucket-policy' },
  },
  {
    name: 'cross-account: the bucket policy alone is not enough',
    request: { principal: FOREIGN_USER },
    bucketPolicy: bucket(stmt('Allow', { AWS: FOREIGN_USER })),
    expected: { decision: 'ImplicitDeny', decidedBy: 'none' },
  },
  {
    name: 'cross-account: the identity policy alone is not enough',
    request: { principal: FOREIGN_USER },
    identityPolicy: identityAllow,
    expected: { decision: 'ImplicitDeny', decidedBy: 'none' },
  },
  {
    name: 'cross-account: both sides allow',
    request: { principal: FOREIGN_USER },
    bucketPolicy: bucket(stmt('Allow', { AWS: OTHER })),
    identityPolicy: identityAllow,
    expected: { decision: 'Allow', decidedBy: 'bucket-policy' },
  },
  {
    name: 'cross-account root: its identity side is allowed, the bucket policy must allow',
    request: { principal: FOREIGN_ROOT },
    bucketPolicy: bucket(stmt('Allow', { AWS: OTHER })),
    expected: { decision: 'Allow', decidedBy: 'bucket-policy' },
  },
  {
    name: 'anonymous with a public policy and RestrictPublicBuckets off is allowed',
    request: { signature: 'anonymous' },
    bucketPolicy: bucket(stmt('Allow', '*')),
    pab: ALL_OFF,
    expected: { decision: 'Allow', decidedBy: 'bucket-policy' },
  },
  {
    name: 'anonymous with a public policy and RestrictPublicBuckets on gets nothing',
    request: { signature: 'anonymous' },
    bucketPolicy: bucket(stmt('Allow', '*')),
    expected: { decision: 'ImplicitDeny', decidedBy: 'none', publicGrantIgnored: true },
  },
  {
    name: 'RestrictPublicBuckets also blocks a non-public grant to another account once the policy is public',
    request: { principal: FOREIGN_USER },
    bucketPolicy: bucket(stmt('Allow', { AWS: OTHER }), stmt('Allow', '*')),
    identityPolicy: identityAllow,
    expected: { decision: 'ImplicitDeny', decidedBy: 'none', publicGrantIgnored: true },
  },
  {
    name: 'RestrictPublicBuckets leaves a non-public policy alone',
    request: { principal: FOREIGN_USER },
    bucketPolicy: bucket(stmt('Allow', { AWS: OTHER })),
    identityPolicy: identityAllow,
    expected: { decision: 'Allow', decidedBy: 'bucket-policy' },
  },
  {
    name: 'RestrictPublicBuckets does not restrict the owner account',
    request: { principal: USER },
    bucketPolicy: bucket(stmt('Allow', '*')),
    expected: { decision: 'Allow', decidedBy: 'bucket-policy' },
  },
  {
    name: 'anonymous without any policy is implicitly denied',
    request: { signature: 'anonymous' },
    expected: { decision: 'ImplicitDeny', decidedBy: 'none' },
  },
];

describe('authorizeS3', () => {
  it.each(cases)('$name', (c) => {
    const result = authorizeS3({
      context: s3Context({ operation: 'GetObject', ...c.request }),
      ...(c.bucketPolicy ? { bucketPolicy: c.bucketPolicy } : {}),
      ...(c.identityPolicy ? { identityPolicy: c.identityPolicy } : {}),
      bucketOwnerAccount: OWNER,
      publicAccessBlock: c.pab ?? ALL_ON,
    });
    expect(result).toMatchObject({ publicGrantIgnored: false, ...c.expected });
    expect(result.summary.length).toBeGreaterThan(30);
  });

  it('says when RestrictPublicBuckets ignored the grant', () => {
    const result = authorizeS3({
      context: s3Context({ operation: 'GetObject', signature: 'anonymous' }),
      bucketPolicy: bucket(stmt('Allow', '*', { Sid: 'PublicRead' })),
      bucketOwnerAccount: OWNER,
      publicAccessBlock: ALL_ON,
    });
    expect(result.summary).toBe(
      'Implicit deny: the bucket policy is public and RestrictPublicBuckets is on, so it grants nothing to callers outside account 111122223333; Statement "PublicRead" (Statement[0]) is ignored.',
    );
  });

  it('names the missing side of a cross-account request', () => {
    const result = authorizeS3({
      context: s3Context({ operation: 'GetObject', principal: FOREIGN_USER }),
      bucketPolicy: bucket(stmt('Allow', { AWS: OTHER })),
      bucketOwnerAccount: OWNER,
      publicAccessBlock: ALL_ON,
    });
    expect(result.summary).toContain('its identity policy does not allow it');
  });

  // Issue 9: an allowed request's card must not also say "denied by default" for a policy that
  // simply had no statement for it (IAM evaluation logic: an implicit deny is overridden by an allow).
  it.each([
    {
      name: 'the bucket owner root under a policy without an Allow',
      principal: `arn:aws:iam::${OWNER}:root`,
      bucketPolicy: bucket(stmt('Deny', '*', { Condition: { Bool: { 'aws:SecureTransport': 'false' } } })),
      identityPolicy: undefined,
      part: 'bucketPolicy' as const,
    },
    {
      name: 'a user allowed by its identity policy alone',
      principal: USER,
      bucketPolicy: bucket(stmt('Allow', { AWS: ROLE })),
      identityPolicy: identityAllow,
      part: 'bucketPolicy' as const,
    },
    {
      name: 'a user allowed by the bucket policy alone',
      principal: USER,
      bucketPolicy: bucket(stmt('Allow', { AWS: USER })),
      identityPolicy: policyFromJson({
        Statement: { Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' },
      }),
      part: 'identityPolicy' as const,
    },
  ])('an allowed request never calls a policy without an Allow "denied by default": $name', (c) => {
    const result = authorizeS3({
      context: s3Context({ operation: 'GetObject', principal: c.principal }),
      bucketPolicy: c.bucketPolicy,
      ...(c.identityPolicy ? { identityPolicy: c.identityPolicy } : {}),
      bucketOwnerAccount: OWNER,
      publicAccessBlock: ALL_ON,
    });
    expect(result.decision).toBe('Allow');
    expect(result[c.part]?.decision).toBe('ImplicitDeny');
    expect(result[c.part]?.summary).not.toContain('denied by default');
    expect(result[c.part]?.summary).toContain('That decides nothing here, because');
  });

  it('a denied request keeps "denied by default" for a policy without an Allow', () => {
    const result = authorizeS3({
      context: s3Context({ operation: 'GetObject', principal: USER }),
      bucketPolicy: bucket(stmt('Allow', { AWS: ROLE })),
      bucketOwnerAccount: OWNER,
      publicAccessBlock: ALL_ON,
    });
    expect(result.decision).toBe('ImplicitDeny');
    expect(result.bucketPolicy?.summary).toContain('denied by default');
  });
});

// S3 API reference, PutBucketPolicy / GetBucketPolicy / DeleteBucketPolicy: "To ensure that bucket
// owners don't inadvertently lock themselves out of their own buckets, the root principal in a
// bucket owner's Amazon Web Services account can perform the GetBucketPolicy, PutBucketPolicy, and
// DeleteBucketPolicy API actions, even if their bucket policy explicitly denies the root
// principal's access."
describe('the bucket owner root keeps its bucket policy', () => {
  const denyAll = bucket(
    stmt('Deny', '*', {
      Sid: 'DenyEverything',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'],
    }),
  );
  const OWNER_ROOT = `arn:aws:iam::${OWNER}:root`;
  it.each([
    { operation: 'PutBucketPolicy', principal: OWNER_ROOT, decision: 'Allow', exception: true },
    { operation: 'GetBucketPolicy', principal: OWNER_ROOT, decision: 'Allow', exception: true },
    { operation: 'DeleteBucketPolicy', principal: OWNER_ROOT, decision: 'Allow', exception: true },
    // Only these three actions: every other action stays denied, even for the owner's root.
    { operation: 'PutObject', principal: OWNER_ROOT, decision: 'ExplicitDeny', exception: false },
    { operation: 'PutBucketEncryption', principal: OWNER_ROOT, decision: 'ExplicitDeny', exception: false },
    // Only the root principal: a user of the owner's account stays denied.
    { operation: 'PutBucketPolicy', principal: USER, decision: 'ExplicitDeny', exception: false },
    // Only the bucket owner's root: another account's root stays denied.
    { operation: 'PutBucketPolicy', principal: FOREIGN_ROOT, decision: 'ExplicitDeny', exception: false },
  ] as const)('$operation by $principal under Deny s3:* is $decision', (c) => {
    const result = authorizeS3({
      context: s3Context({ operation: c.operation, principal: c.principal }),
      bucketPolicy: denyAll,
      bucketOwnerAccount: OWNER,
      publicAccessBlock: ALL_ON,
    });
    expect(result.decision).toBe(c.decision);
    expect(result.ownerRootException === true).toBe(c.exception);
    expect(result.bucketPolicy?.decision).toBe('ExplicitDeny');
  });

  it('says which deny did not bind and why', () => {
    const result = authorizeS3({
      context: s3Context({ operation: 'PutBucketPolicy', principal: OWNER_ROOT }),
      bucketPolicy: denyAll,
      bucketOwnerAccount: OWNER,
      publicAccessBlock: ALL_ON,
    });
    expect(result.decidedBy).toBe('account-root');
    expect(result.summary).toContain('Statement "DenyEverything" (Statement[0]) of the bucket policy denies');
    expect(result.summary).toContain('so that owners cannot lock themselves out');
    expect(result.bucketPolicy?.summary).toContain("does not bind the bucket owner's root");
  });
});
