import { describe, expect, it } from 'vitest';
import { principalOf } from './principal.ts';
import { kmsRequestContext } from './request-context.ts';

const facts = (principalArn: string, viaS3: boolean) => ({
  action: 'Decrypt',
  keyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  principal: principalOf(principalArn),
  encryptionContext: { 'aws:s3:arn': 'arn:aws:s3:::test-bucket/k' },
  viaS3,
  region: 'us-east-1',
  sourceIp: '203.0.113.10',
  nowMs: Date.UTC(2026, 0, 1, 0, 0, 5, 250),
});

const value = (context: ReturnType<typeof kmsRequestContext>, key: string) =>
  context.keys[key.toLowerCase()]?.values;

describe('the request context of a KMS call', () => {
  it.each([
    {
      name: "a role session's aws:PrincipalArn is the role's ARN, as in S3's context (IAM global keys)",
      principal: 'arn:aws:sts::111122223333:assumed-role/app/session-1',
      key: 'aws:PrincipalArn',
      expected: ['arn:aws:iam::111122223333:role/app'],
    },
    {
      name: 'an IAM user has aws:username',
      principal: 'arn:aws:iam::111122223333:user/alice',
      key: 'aws:username',
      expected: ['alice'],
    },
    {
      name: 'aws:CurrentTime is to the second, like S3 shows it',
      principal: 'arn:aws:iam::111122223333:root',
      key: 'aws:CurrentTime',
      expected: ['2026-01-01T00:00:05Z'],
    },
    {
      name: 'a call S3 makes for the requester names S3 in kms:ViaService',
      principal: 'arn:aws:iam::111122223333:root',
      key: 'kms:ViaService',
      expected: ['s3.us-east-1.amazonaws.com'],
    },
  ])('$name', ({ principal, key, expected }) => {
    expect(value(kmsRequestContext(facts(principal, true)), key)).toEqual(expected);
  });

  it('a direct call carries the caller source IP and no kms:ViaService', () => {
    const context = kmsRequestContext(facts('arn:aws:iam::111122223333:root', false));
    expect([value(context, 'aws:SourceIp'), value(context, 'kms:ViaService')]).toEqual([
      ['203.0.113.10'],
      undefined,
    ]);
  });
});
