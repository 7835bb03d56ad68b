import { describe, expect, it } from 'vitest';
import type { S3ContextInput } from '../context/build-s3-context.ts';
import { evaluatePolicy } from './evaluate-policy.ts';
import { s3Context } from './testing/contexts.ts';
import { type PolicyJson, policyFromJson } from './testing/policy-from-json.ts';
import type { Decision } from './types.ts';

/**
 * The ready-made policies of the S3 User Guide (spec §6.5) against PutObject requests with and
 * without the headers they test.
 */
const deny = (
  Sid: string,
  Condition: Record<string, Record<string, string | string[]>>,
  Action = 's3:PutObject',
) => ({
  Sid,
  Effect: 'Deny',
  Principal: '*' as const,
  Action,
  Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'],
  Condition,
});

const KEY_1 = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const KEY_2 = 'arn:aws:kms:us-east-1:111122223333:key/0987dcba-09fe-87dc-65ba-ab0987654321';

const POLICIES: Record<string, PolicyJson> = {
  // UG23 UsingKMSEncryption.md#require-sse-kms
  requireKms: {
    Statement: deny('DenyNotKms', { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } }),
  },
  // UG23 UsingServerSideEncryption.md
  requireSseS3: {
    Statement: [
      deny('DenyIncorrectEncryptionHeader', {
        StringNotEquals: { 's3:x-amz-server-side-encryption': 'AES256' },
      }),
      deny('DenyUnEncryptedObjectUploads', { Null: { 's3:x-amz-server-side-encryption': 'true' } }),
    ],
  },
  // UG23 ServerSideEncryptionCustomerKeys.md#ssec-require-condition-key
  requireSseC: {
    Statement: deny('RequireSseC', {
      Null: { 's3:x-amz-server-side-encryption-customer-algorithm': 'true' },
    }),
  },
  forbidSseC: {
    Statement: deny('ForbidSseC', {
      Null: { 's3:x-amz-server-side-encryption-customer-algorithm': 'false' },
    }),
  },
  // UG23 example-bucket-policies.md
  httpsOnly: {
    Statement: deny('RestrictToTLSRequestsOnly', { Bool: { 'aws:SecureTransport': 'false' } }, 's3:*'),
  },
  // UG23 amazon-s3-policy-keys.md
  minimumTls12: {
    Statement: deny('EnforceTLSv12orHigher', { NumericLessThan: { 's3:TlsVersion': '1.2' } }, 's3:*'),
  },
  // UG23 UsingKMSEncryption.md#require-sse-kms (one key)
  oneKmsKey: {
    Statement: deny('RequireKey1', {
      StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': KEY_1 },
    }),
  },
};

const KMS = { 'x-amz-server-side-encryption': 'aws:kms' };
const AES = { 'x-amz-server-side-encryption': 'AES256' };
const SSEC = { 'x-amz-server-side-encryption-customer-algorithm': 'AES256' };

const cases: {
  name: string;
  policy: keyof typeof POLICIES;
  request: Partial<S3ContextInput>;
  decision: Decision;
  deciding?: number;
}[] = [
  {
    name: 'require SSE-KMS denies a PUT without the header (the bucket default does not count)',
    policy: 'requireKms',
    request: {},
    decision: 'ExplicitDeny',
    deciding: 0,
  },
  {
    name: 'require SSE-KMS denies an AES256 PUT',
    policy: 'requireKms',
    request: { headers: AES },
    decision: 'ExplicitDeny',
  },
  {
    name: 'require SSE-KMS lets an aws:kms PUT through (no Allow here, so implicit deny)',
    policy: 'requireKms',
    request: { headers: KMS },
    decision: 'ImplicitDeny',
  },
  {
    name: 'require SSE-KMS denies DSSE-KMS, written before DSSE existed',
    policy: 'requireKms',
    request: { headers: { 'x-amz-server-side-encryption': 'aws:kms:dsse' } },
    decision: 'ExplicitDeny',
  },
  {
    name: 'require SSE-S3: a header-less PUT is denied by both statements, the first decides',
    policy: 'requireSseS3',
    request: {},
    decision: 'ExplicitDeny',
    deciding: 0,
  },
  {
    name: 'require SSE-S3: an aws:kms PUT is denied by StringNotEquals',
    policy: 'requireSseS3',
    request: { headers: KMS },
    decision: 'ExplicitDeny',
    deciding: 0,
  },
  {
    name: 'require SSE-S3: an AES256 PUT passes both statements',
    policy: 'requireSseS3',
    request: { headers: AES },
    decision: 'ImplicitDeny',
  },
  {
    name: 'require SSE-C denies a PUT without the customer algorithm',
    policy: 'requireSseC',
    request: { headers: AES },
    decision: 'ExplicitDeny',
  },
  {
    name: 'require SSE-C lets an SSE-C PUT through',
    policy: 'requireSseC',
    request: { headers: SSEC },
    decision: 'ImplicitDeny',
  },
  {
    name: 'forbid SSE-C denies an SSE-C PUT',
    policy: 'forbidSseC',
    request: { headers: SSEC },
    decision: 'ExplicitDeny',
  },
  {
    name: 'forbid SSE-C lets a header-less PUT through',
    policy: 'forbidSseC',
    request: {},
    decision: 'ImplicitDeny',
  },
  {
    name: 'HTTPS only denies a plain-HTTP PUT',
    policy: 'httpsOnly',
    request: { https: false },
    decision: 'ExplicitDeny',
  },
  {
    name: 'HTTPS only denies a plain-HTTP GET too (s3:*)',
    policy: 'httpsOnly',
    request: { https: false, operation: 'GetObject' },
    decision: 'ExplicitDeny',
  },
  {
    name: 'HTTPS only lets an HTTPS PUT through',
    policy: 'httpsOnly',
    request: {},
    decision: 'ImplicitDeny',
  },
  {
    name: 'HTTPS only covers bucket operations on the bucket ARN',
    policy: 'httpsOnly',
    request: { https: false, operation: 'GetBucketPolicy' },
    decision: 'ExplicitDeny',
  },
  {
    name: 'minimum TLS 1.2 denies TLS 1.1',
    policy: 'minimumTls12',
    request: { tlsVersion: '1.1' },
    decision: 'ExplicitDeny',
  },
  {
    name: 'minimum TLS 1.2 lets TLS 1.2 through',
    policy: 'minimumTls12',
    request: { tlsVersion: '1.2' },
    decision: 'ImplicitDeny',
  },
  {
    name: 'minimum TLS 1.2 does not deny plain HTTP (no s3:TlsVersion there)',
    policy: 'minimumTls12',
    request: { https: false },
    decision: 'ImplicitDeny',
  },
  {
    name: 'one KMS key lets that key through',
    policy: 'oneKmsKey',
    request: { headers: { ...KMS, 'x-amz-server-side-encryption-aws-kms-key-id': KEY_1 } },
    decision: 'ImplicitDeny',
  },
  {
    name: 'one KMS key denies another key',
    policy: 'oneKmsKey',
    request: { headers: { ...KMS, 'x-amz-server-side-encryption-aws-kms-key-id': KEY_2 } },
    decision: 'ExplicitDeny',
  },
  {
    name: 'one KMS key denies aws:kms without a key id (the key is absent)',
    policy: 'oneKmsKey',
    request: { headers: KMS },
    decision: 'ExplicitDeny',
  },
  {
    name: 'one KMS key denies the bare key id, since the policy names the ARN',
    policy: 'oneKmsKey',
    request: {
      headers: {
        ...KMS,
        'x-amz-server-side-encryption-aws-kms-key-id': '1234abcd-12ab-34cd-56ef-1234567890ab',
      },
    },
    decision: 'ExplicitDeny',
  },
];

describe('documented AWS policies against PutObject', () => {
  it.each(cases)('$name', (c) => {
    const evaluation = evaluatePolicy(policyFromJson(POLICIES[c.policy] as PolicyJson), s3Context(c.request));
    expect(evaluation.decision).toBe(c.decision);
    if (c.deciding !== undefined) expect(evaluation.decidingStatement).toBe(c.deciding);
  });

  it('explains a header-less PUT under require SSE-S3 statement by statement', () => {
    const evaluation = evaluatePolicy(policyFromJson(POLICIES.requireSseS3 as PolicyJson), s3Context());
    expect(evaluation.summary).toBe(
      'Explicit deny: Statement "DenyIncorrectEncryptionHeader" (Statement[0]) denies s3:PutObject on arn:aws:s3:::test-bucket/k, and an explicit deny always wins.',
    );
    expect(evaluation.statements.map((s) => s.conditions[0]?.reason)).toEqual([
      's3:x-amz-server-side-encryption is absent from the request, and StringNotEquals is true for an absent key.',
      's3:x-amz-server-side-encryption is absent from the request, and Null "true" matches an absent key.',
    ]);
  });
});
