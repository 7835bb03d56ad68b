/**
 * Whom a pasted policy names. Principal forms from the IAM User Guide ("AWS JSON policy elements:
 * Principal": an account id, arn:aws:iam::ACCOUNT:root, user/, role/, assumed-role sessions);
 * KMS key ARNs from the KMS Developer Guide ("Key identifiers": arn:aws:kms:REGION:ACCOUNT:key/ID).
 */
import { describe, expect, it } from 'vitest';
import { namedInPolicyText } from './named-accounts.ts';

const policy = (...statements: Record<string, unknown>[]) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: statements.map((s) => ({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: 'arn:aws:s3:::acme-prod-data/*',
      ...s,
    })),
  });
const KEY = 'arn:aws:kms:eu-west-1:987654321098:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('whom a pasted bucket policy names', () => {
  it.each([
    {
      name: 'a role names its account and is a role to declare',
      text: policy({ Principal: { AWS: 'arn:aws:iam::987654321098:role/app-writer' } }),
      expected: {
        usersAndRoles: ['arn:aws:iam::987654321098:role/app-writer'],
        accounts: [
          {
            account: '987654321098',
            principals: ['arn:aws:iam::987654321098:role/app-writer'],
            kmsKeys: [],
            conditionKeys: [],
          },
        ],
      },
    },
    {
      name: 'an account id, a root ARN and a session name accounts but no user or role',
      text: policy({
        Principal: {
          AWS: [
            '444455556666',
            'arn:aws:iam::777788889999:root',
            'arn:aws:sts::444455556666:assumed-role/r/s',
          ],
        },
      }),
      expected: {
        usersAndRoles: [],
        accounts: [
          {
            account: '444455556666',
            principals: ['444455556666', 'arn:aws:sts::444455556666:assumed-role/r/s'],
            kmsKeys: [],
            conditionKeys: [],
          },
          {
            account: '777788889999',
            principals: ['arn:aws:iam::777788889999:root'],
            kmsKeys: [],
            conditionKeys: [],
          },
        ],
      },
    },
    {
      name: 'a KMS key ARN in a condition names its account',
      text: policy({
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:PutObject',
        Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': KEY } },
      }),
      expected: {
        usersAndRoles: [],
        accounts: [{ account: '987654321098', principals: [], kmsKeys: [KEY], conditionKeys: [] }],
      },
    },
    {
      name: 'a Deny unless aws:PrincipalAccount is one account names that account',
      text: policy({
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Condition: { StringNotEquals: { 'aws:PrincipalAccount': '987654321098' } },
      }),
      expected: {
        usersAndRoles: [],
        accounts: [
          { account: '987654321098', principals: [], kmsKeys: [], conditionKeys: ['aws:PrincipalAccount'] },
        ],
      },
    },
    {
      name: 'a service principal limited by aws:SourceAccount names that account',
      text: policy({
        Principal: { Service: 'logging.s3.amazonaws.com' },
        Action: 's3:PutObject',
        Condition: { StringEquals: { 'aws:SourceAccount': ['987654321098'] } },
      }),
      expected: {
        usersAndRoles: [],
        accounts: [
          { account: '987654321098', principals: [], kmsKeys: [], conditionKeys: ['aws:SourceAccount'] },
        ],
      },
    },
    {
      name: 'an account-valued key whose value is not an account id names nothing',
      text: policy({ Principal: '*', Condition: { StringLike: { 'aws:PrincipalAccount': '9876*' } } }),
      expected: { usersAndRoles: [], accounts: [] },
    },
    {
      name: 'an account id under another condition key names nothing',
      text: policy({
        Principal: '*',
        Condition: { StringEquals: { 's3:ExistingObjectTag/owner': '987654321098' } },
      }),
      expected: { usersAndRoles: [], accounts: [] },
    },
    {
      name: 'a user named in NotPrincipal must exist too',
      text: policy({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::987654321098:user/ops' } }),
      expected: {
        usersAndRoles: ['arn:aws:iam::987654321098:user/ops'],
        accounts: [
          {
            account: '987654321098',
            principals: ['arn:aws:iam::987654321098:user/ops'],
            kmsKeys: [],
            conditionKeys: [],
          },
        ],
      },
    },
    {
      name: 'everyone, a service and a canonical user name no account',
      text: policy(
        { Principal: '*' },
        { Principal: { Service: 'cloudfront.amazonaws.com' } },
        { Principal: { CanonicalUser: 'a'.repeat(64) } },
      ),
      expected: { usersAndRoles: [], accounts: [] },
    },
    {
      name: 'text that is not a policy names nobody',
      text: '{"Policy": ',
      expected: { usersAndRoles: [], accounts: [] },
    },
  ])('$name', ({ text, expected }) => {
    expect(namedInPolicyText(text)).toEqual(expected);
  });
});
