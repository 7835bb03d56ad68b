/**
 * A pasted bucket policy runs here as in its real account. Sources: IAM User Guide, "Cross-account
 * policy evaluation logic" (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html):
 * across accounts both the resource policy and the caller's identity policy must allow; within
 * one account the bucket policy's Allow is enough. AWS re:Post, "Why do I get the error 'Invalid
 * principal in policy' when I try to update my Amazon S3 bucket policy?"
 * (https://repost.aws/knowledge-center/s3-invalid-principal-in-policy-error): S3 refuses a policy
 * naming an IAM user or role that does not exist.
 */
import { describe, expect, it } from 'vitest';
import { createWorld, deterministicDeps, type Setup } from '../../engine/index.ts';
import { adoptPastedPolicy } from './policy-accounts.ts';

const WRITER = 'arn:aws:iam::987654321098:role/app-writer';
const KEY = 'arn:aws:kms:us-east-1:987654321098:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const policy = (principal: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AppWrites',
        Effect: 'Allow',
        Principal: principal,
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: 'arn:aws:s3:::acme-prod-data/*',
        ...extra,
      },
    ],
  });
const PLAYGROUND: Setup = { account: '111122223333', bucket: 'test-bucket' };

describe('a pasted bucket policy from a real account', () => {
  it.each([
    {
      name: 'a role of one other account makes that account the owner and is declared',
      text: policy({ AWS: WRITER }),
      setup: PLAYGROUND,
      expected: { account: '987654321098', declared: [WRITER] },
      says: ['Bucket owner account: 111122223333 → 987654321098', `declared ${WRITER}`, '"acme-prod-data"'],
    },
    {
      name: 'a KMS key ARN of one other account makes that account the owner',
      text: policy('*', {
        Condition: { StringEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': KEY } },
      }),
      setup: PLAYGROUND,
      expected: { account: '987654321098', declared: [] },
      says: [`KMS key ${KEY}`],
    },
    {
      name: 'a Deny unless aws:PrincipalAccount is one other account makes that account the owner',
      text: policy('*', {
        Effect: 'Deny',
        Condition: { StringNotEquals: { 'aws:PrincipalAccount': '987654321098' } },
      }),
      setup: PLAYGROUND,
      expected: { account: '987654321098', declared: [] },
      says: ['the only account it names (condition on aws:PrincipalAccount)'],
    },
    {
      name: 'a role of the playground account changes no account',
      text: policy({ AWS: 'arn:aws:iam::111122223333:role/reader' }),
      setup: PLAYGROUND,
      expected: { account: '111122223333', declared: ['arn:aws:iam::111122223333:role/reader'] },
      says: ['declared arn:aws:iam::111122223333:role/reader'],
    },
    {
      name: 'two other accounts are both cross-account, and the owner is not guessed',
      text: policy({ AWS: [WRITER, 'arn:aws:iam::444455556666:root'] }),
      setup: PLAYGROUND,
      expected: { account: '111122223333', declared: [WRITER] },
      says: ['accounts 444455556666 and 987654321098 are not the bucket owner'],
    },
    {
      name: 'the owner and one other account: the other is cross-account, nothing is guessed',
      text: policy({ AWS: ['111122223333', WRITER] }),
      setup: PLAYGROUND,
      expected: { account: '111122223333', declared: [WRITER] },
      says: ['account 987654321098 is not the bucket owner'],
    },
    {
      name: 'a role already declared is not declared again',
      text: policy({ AWS: WRITER }),
      setup: { ...PLAYGROUND, account: '987654321098', principals: [{ arn: WRITER }] },
      expected: { account: '987654321098', declared: [] },
      says: [],
    },
  ])('$name', ({ text, setup, expected, says }) => {
    const adoption = adoptPastedPolicy(text, setup);
    expect({ account: adoption.setup.account, declared: adoption.declared }).toEqual(expected);
    for (const phrase of says) expect(adoption.changes.join('\n')).toContain(phrase);
  });

  it("keeps an account the set-up names on purpose, and gives the caller's hint to change it", () => {
    const adoption = adoptPastedPolicy(policy({ AWS: WRITER }), PLAYGROUND, {
      keepAccount: true,
      ownerHint: (account) => `Use {"account": "${account}"}.`,
    });
    expect(adoption.setup.account).toBe('111122223333');
    expect(adoption.changes.join('\n')).toContain('Use {"account": "987654321098"}.');
  });

  it('says which principals it leaves in the old account and which KMS keys move', () => {
    const setup: Setup = {
      ...PLAYGROUND,
      principals: [{ arn: 'arn:aws:iam::111122223333:user/alice' }],
      kmsKeys: [{ id: '0b4b0b0e-1111-4222-8333-444455556666', alias: 'alias/app' }],
    };
    const lines = adoptPastedPolicy(policy({ AWS: WRITER }), setup).changes.join('\n');
    expect(lines).toContain('arn:aws:iam::111122223333:user/alice stays in account 111122223333');
    expect(lines).toContain('KMS keys (alias/app) move with the bucket');
  });

  it.each([
    {
      name: 'a default key written as the old owner ARN of a playground key follows the key',
      keyId: 'arn:aws:kms:us-east-1:111122223333:key/0b4b0b0e-1111-4222-8333-444455556666',
      now: 'arn:aws:kms:us-east-1:987654321098:key/0b4b0b0e-1111-4222-8333-444455556666',
    },
    {
      name: 'a default key written as the old owner alias ARN follows the key',
      keyId: 'arn:aws:kms:us-east-1:111122223333:alias/app',
      now: 'arn:aws:kms:us-east-1:987654321098:alias/app',
    },
    {
      name: 'a default key written as an alias alone needs no change',
      keyId: 'alias/app',
      now: 'alias/app',
    },
    {
      name: 'a default key of a third account is not the playground key and stays',
      keyId: 'arn:aws:kms:us-east-1:444455556666:key/0b4b0b0e-1111-4222-8333-444455556666',
      now: 'arn:aws:kms:us-east-1:444455556666:key/0b4b0b0e-1111-4222-8333-444455556666',
    },
  ])('$name', ({ keyId, now }) => {
    const setup: Setup = {
      ...PLAYGROUND,
      kmsKeys: [{ id: '0b4b0b0e-1111-4222-8333-444455556666', alias: 'alias/app' }],
      bucketEncryption: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyId } }],
      },
    };
    const adoption = adoptPastedPolicy(policy({ AWS: WRITER }), setup);
    expect(adoption.setup.account).toBe('987654321098');
    const rule = adoption.setup.bucketEncryption?.Rules[0];
    expect(rule?.ApplyServerSideEncryptionByDefault?.KMSMasterKeyID).toBe(now);
    expect(adoption.changes.some((line) => line.startsWith('Default encryption:'))).toBe(now !== keyId);
  });

  it('a default key that followed the key still encrypts uploads with it in the new account', async () => {
    const keyArn = 'arn:aws:kms:us-east-1:111122223333:key/0b4b0b0e-1111-4222-8333-444455556666';
    const setup: Setup = {
      ...PLAYGROUND,
      kmsKeys: [{ id: '0b4b0b0e-1111-4222-8333-444455556666' }],
      bucketEncryption: {
        Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: keyArn } }],
      },
    };
    const adoption = adoptPastedPolicy(policy({ AWS: WRITER }), setup);
    const made = await createWorld(adoption.setup, deterministicDeps());
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    const put = await made.value.send({ operation: 'PutObject', key: 'a.txt', body: 'x' });
    expect(put.response.status).toBe(200);
    expect(put.response.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe(
      keyArn.replace('111122223333', '987654321098'),
    );
  });

  it('then S3 accepts the policy and lets the role write with the bucket policy alone', async () => {
    const adoption = adoptPastedPolicy(policy({ AWS: WRITER }), PLAYGROUND);
    const made = await createWorld(adoption.setup, deterministicDeps());
    if (!made.ok) throw new Error(JSON.stringify(made.error));
    const put = await made.value.send({ operation: 'PutBucketPolicy', body: adoption.policyText });
    expect(put.response.status).toBe(204);
    const write = await made.value.send({
      operation: 'PutObject',
      key: 'a.txt',
      principal: WRITER,
      body: 'x',
    });
    expect(write.response.status).toBe(200);
  });
});
