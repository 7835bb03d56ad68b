import { describe, expect, it } from 'vitest';
import type { JsonObject } from '../types.ts';
import {
  ACCOUNT,
  ALICE,
  APP_ROLE,
  K1,
  K1_ARN,
  KMS_USE_POLICY,
  kmsFixture,
  OTHER_ACCOUNT,
  PARTNER,
  ROOT,
} from './testing/kms-fixture.ts';

const OBJECT_CONTEXT = { 'aws:s3:arn': 'arn:aws:s3:::test-bucket/k' };
const BUCKET_CONTEXT = { 'aws:s3:arn': 'arn:aws:s3:::test-bucket' };

const statement = (s: JsonObject) => s;
const policy = (...statements: JsonObject[]): JsonObject => ({
  Version: '2012-10-17',
  Statement: statements,
});
const enableIam = statement({
  Sid: 'EnableIam',
  Effect: 'Allow',
  Principal: { AWS: ROOT },
  Action: 'kms:*',
  Resource: '*',
});
const denyApp = statement({
  Effect: 'Deny',
  Principal: { AWS: APP_ROLE },
  Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
  Resource: '*',
});
const allowAliceDirectly = statement({
  Effect: 'Allow',
  Principal: { AWS: ALICE },
  Action: 'kms:GenerateDataKey',
  Resource: '*',
});
const allowPartnerAccount = statement({
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${OTHER_ACCOUNT}:root` },
  Action: 'kms:GenerateDataKey',
  Resource: '*',
});
const onlyObjectsOfTestBucket = statement({
  Effect: 'Allow',
  Principal: { AWS: ALICE },
  Action: 'kms:GenerateDataKey',
  Resource: '*',
  Condition: { StringLike: { 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::test-bucket/*' } },
});
const denyIamUse = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'kms:*', Resource: '*' }] };

const denied = (who: string, why: string) =>
  `User: ${who} is not authorized to perform: kms:GenerateDataKey on resource: ${K1_ARN} ${why}`;

interface AuthCase {
  name: string;
  keyPolicy: JsonObject | undefined;
  caller: string;
  identity?: Record<string, JsonObject>;
  context?: Record<string, string>;
  allowed?: boolean;
  message?: string;
}

const cases: AuthCase[] = [
  {
    name: 'the default key policy lets the account root use the key',
    keyPolicy: undefined,
    caller: ROOT,
    allowed: true,
  },
  {
    name: 'the default key policy lets a user whose identity policy allows it',
    keyPolicy: undefined,
    caller: ALICE,
    identity: { [ALICE]: KMS_USE_POLICY },
    allowed: true,
  },
  {
    name: 'the default key policy refuses a user without an identity policy',
    keyPolicy: undefined,
    caller: ALICE,
    message: denied(ALICE, 'because no identity-based policy allows the kms:GenerateDataKey action'),
  },
  {
    name: 'an explicit deny in the key policy wins over the identity policy',
    keyPolicy: policy(enableIam, denyApp),
    caller: APP_ROLE,
    identity: { [APP_ROLE]: KMS_USE_POLICY },
    message: denied(APP_ROLE, 'with an explicit deny in a resource-based policy'),
  },
  {
    name: 'an explicit deny in the identity policy wins over the key policy',
    keyPolicy: policy(enableIam, allowAliceDirectly),
    caller: ALICE,
    identity: { [ALICE]: denyIamUse },
    message: denied(ALICE, 'with an explicit deny in an identity-based policy'),
  },
  {
    name: 'a key policy naming the user allows it without any identity policy',
    keyPolicy: policy(allowAliceDirectly),
    caller: ALICE,
    allowed: true,
  },
  {
    name: 'without the account-root grant, IAM policies cannot give access',
    keyPolicy: policy(allowAliceDirectly),
    caller: APP_ROLE,
    identity: { [APP_ROLE]: KMS_USE_POLICY },
    message: denied(APP_ROLE, 'because no resource-based policy allows the kms:GenerateDataKey action'),
  },
  {
    name: 'without the account-root grant, even the account root is refused',
    keyPolicy: policy(allowAliceDirectly),
    caller: ROOT,
    message: denied(ROOT, 'because no resource-based policy allows the kms:GenerateDataKey action'),
  },
  {
    name: 'a condition on the object-ARN context allows object keys',
    keyPolicy: policy(onlyObjectsOfTestBucket),
    caller: ALICE,
    allowed: true,
  },
  {
    name: 'a condition on the object-ARN context refuses the bucket ARN a bucket key sends (spec §2.4)',
    keyPolicy: policy(onlyObjectsOfTestBucket),
    caller: ALICE,
    context: BUCKET_CONTEXT,
    message: denied(ALICE, 'because no resource-based policy allows the kms:GenerateDataKey action'),
  },
  {
    name: 'another account needs the key policy and its own identity policy: both given',
    keyPolicy: policy(enableIam, allowPartnerAccount),
    caller: PARTNER,
    identity: { [PARTNER]: KMS_USE_POLICY },
    allowed: true,
  },
  {
    name: 'another account with the key policy but no identity policy is refused',
    keyPolicy: policy(enableIam, allowPartnerAccount),
    caller: PARTNER,
    message: denied(PARTNER, 'because no identity-based policy allows the kms:GenerateDataKey action'),
  },
  {
    name: 'another account with an identity policy but not named by the key policy is refused',
    keyPolicy: undefined,
    caller: PARTNER,
    identity: { [PARTNER]: KMS_USE_POLICY },
    message: denied(PARTNER, 'because no resource-based policy allows the kms:GenerateDataKey action'),
  },
];

describe('who may use a customer managed key', () => {
  it.each(cases)('$name', async (c) => {
    const keys = [{ id: K1, ...(c.keyPolicy ? { policy: c.keyPolicy } : {}) }];
    const { kms } = await kmsFixture({ keys, identityPolicies: c.identity ?? {} });
    const result = await kms.generateDataKey({
      keyArn: K1_ARN,
      encryptionContext: c.context ?? OBJECT_CONTEXT,
      principalArn: c.caller,
      sourceIp: '203.0.113.9',
    });
    if (c.allowed) expect(result.ok).toBe(true);
    else
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'AccessDeniedException', message: c.message, keyArn: K1_ARN },
      });
  });
});

describe('who may use the aws/s3 key (spec §2.3)', () => {
  const awsCases = [
    {
      name: 'any principal of the account may use it through S3, without an identity policy',
      caller: ALICE,
      viaS3: true,
      allowed: true,
    },
    { name: 'a direct call (not through S3) is refused', caller: ALICE, viaS3: false, allowed: false },
    {
      name: 'a principal of another account is refused even through S3',
      caller: PARTNER,
      viaS3: true,
      allowed: false,
    },
  ];
  it.each(awsCases)('$name', async ({ caller, viaS3, allowed }) => {
    const { kms } = await kmsFixture({ identityPolicies: { [PARTNER]: KMS_USE_POLICY } });
    const resolved = kms.resolveKeyForS3(undefined, ACCOUNT);
    if (!resolved.ok) throw new Error(resolved.error.message);
    const result = await kms.generateDataKey({
      keyArn: resolved.value.keyArn,
      encryptionContext: OBJECT_CONTEXT,
      principalArn: caller,
      sourceIp: '203.0.113.9',
      viaS3,
    });
    expect(result.ok || result.error.code).toBe(allowed ? true : 'AccessDeniedException');
  });
});

describe('a refusal carries the policy evaluations for the trace', () => {
  it('the key-policy evaluation names the deny statement that decided', async () => {
    const { kms } = await kmsFixture({
      keys: [{ id: K1, policy: policy(enableIam, denyApp) }],
      identityPolicies: { [APP_ROLE]: KMS_USE_POLICY },
    });
    const result = await kms.generateDataKey({
      keyArn: K1_ARN,
      encryptionContext: OBJECT_CONTEXT,
      principalArn: APP_ROLE,
      sourceIp: '203.0.113.9',
    });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error.authorization).toMatchObject({
      allowed: false,
      decidedBy: 'explicit-deny',
      deniedBy: 'resource-based',
      keyPolicy: { decision: 'ExplicitDeny', decidingStatement: 1 },
      identityPolicy: { decision: 'Allow' },
    });
  });
});
