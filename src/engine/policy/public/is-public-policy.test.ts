// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are IAM policy variables, not templates.
import { describe, expect, it } from 'vitest';
import { policyFromJson, type StatementJson } from '../evaluate/testing/policy-from-json.ts';
import { isPublicPolicy } from './is-public-policy.ts';

/**
 * S3 User Guide, "The meaning of public" (access-control-block-public-access.html#access-control-block-public-access-policy-status),
 * including its own examples.
 */
const grant = (extra: Partial<StatementJson>): StatementJson => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::test-bucket/*',
  ...extra,
});

const cases: { name: string; statements: StatementJson[]; isPublic: boolean }[] = [
  { name: 'Principal "*" with no condition is public', statements: [grant({})], isPublic: true },
  {
    name: 'Principal {"AWS": "*"} is public',
    statements: [grant({ Principal: { AWS: '*' } })],
    isPublic: true,
  },
  {
    name: 'the guide example with a Federated principal is public',
    statements: [grant({ Principal: { Federated: 'graph.facebook.com' }, Action: 's3:PutObject' })],
    isPublic: true,
  },
  {
    name: 'the guide example StringLike aws:SourceVpc "vpc-*" is public',
    statements: [grant({ Condition: { StringLike: { 'aws:SourceVpc': 'vpc-*' } } })],
    isPublic: true,
  },
  {
    name: 'the guide example StringEquals aws:SourceVpc "vpc-91237329" is not public',
    statements: [grant({ Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-91237329' } } })],
    isPublic: false,
  },
  {
    name: 'a fixed account principal is not public',
    statements: [grant({ Principal: { AWS: '444455556666' } })],
    isPublic: false,
  },
  {
    name: 'a fixed role principal is not public',
    statements: [grant({ Principal: { AWS: 'arn:aws:iam::444455556666:role/app' } })],
    isPublic: false,
  },
  {
    name: 'a service principal is not public',
    statements: [grant({ Principal: { Service: 'cloudtrail.amazonaws.com' } })],
    isPublic: false,
  },
  {
    name: 'a wildcard account in a principal ARN is public',
    statements: [grant({ Principal: { AWS: 'arn:aws:iam::*:root' } })],
    isPublic: true,
  },
  {
    name: 'a /24 aws:SourceIp range is not public',
    statements: [grant({ Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })],
    isPublic: false,
  },
  {
    name: 'a /8 aws:SourceIp range is not public',
    statements: [grant({ Condition: { IpAddress: { 'aws:SourceIp': '11.0.0.0/8' } } })],
    isPublic: false,
  },
  {
    name: 'a /7 aws:SourceIp range is public',
    statements: [grant({ Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/7' } } })],
    isPublic: true,
  },
  {
    name: '0.0.0.0/1 is public',
    statements: [grant({ Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/1' } } })],
    isPublic: true,
  },
  {
    name: 'an IPv6 /32 is not public',
    statements: [grant({ Condition: { IpAddress: { 'aws:SourceIp': '2001:db8::/32' } } })],
    isPublic: false,
  },
  {
    name: 'an IPv6 /31 is public',
    statements: [grant({ Condition: { IpAddress: { 'aws:SourceIp': '2001:db8::/31' } } })],
    isPublic: true,
  },
  {
    name: 'NotIpAddress does not fix the caller',
    statements: [grant({ Condition: { NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } })],
    isPublic: true,
  },
  {
    name: 'aws:SecureTransport does not fix the caller',
    statements: [grant({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } })],
    isPublic: true,
  },
  {
    name: 'a fixed aws:SourceArn is not public',
    statements: [
      grant({
        Condition: {
          ArnEquals: { 'aws:SourceArn': 'arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE' },
        },
      }),
    ],
    isPublic: false,
  },
  {
    name: 'a fixed aws:SourceAccount is not public',
    statements: [grant({ Condition: { StringEquals: { 'aws:SourceAccount': '111122223333' } } })],
    isPublic: false,
  },
  {
    name: 'a fixed aws:SourceVpce is not public',
    statements: [grant({ Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } })],
    isPublic: false,
  },
  {
    name: 'a fixed aws:PrincipalOrgID is not public',
    statements: [grant({ Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorgid' } } })],
    isPublic: false,
  },
  {
    name: 'a fixed KMS key id is not public',
    statements: [
      grant({
        Action: 's3:PutObject',
        Condition: {
          StringEquals: {
            's3:x-amz-server-side-encryption-aws-kms-key-id':
              'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
          },
        },
      }),
    ],
    isPublic: false,
  },
  {
    name: 'a fixed aws:userid is not public',
    statements: [grant({ Condition: { StringEquals: { 'aws:userid': 'AIDAEXAMPLEUSERID0001' } } })],
    isPublic: false,
  },
  {
    name: 'aws:userid "AROLEID:*" is public',
    statements: [grant({ Condition: { StringLike: { 'aws:userid': 'AROAEXAMPLEROLEID001:*' } } })],
    isPublic: true,
  },
  {
    name: 'a policy variable is not a fixed value',
    statements: [grant({ Condition: { StringEquals: { 'aws:SourceAccount': '${aws:PrincipalAccount}' } } })],
    isPublic: true,
  },
  {
    name: 'an IfExists condition does not fix the caller',
    statements: [grant({ Condition: { StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } } })],
    isPublic: true,
  },
  {
    name: 'an access point ARN with a fixed account and a wildcard name is not public',
    statements: [
      grant({
        Condition: {
          ArnLike: { 's3:DataAccessPointArn': 'arn:aws:s3:us-west-2:123456789012:accesspoint/*' },
        },
      }),
    ],
    isPublic: false,
  },
  {
    name: 'a Deny to everyone never makes a policy public',
    statements: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }],
    isPublic: false,
  },
  {
    name: 'NotPrincipal with Allow is public',
    statements: [grant({ Principal: undefined, NotPrincipal: { AWS: '444455556666' } })],
    isPublic: true,
  },
  {
    name: 'one public statement makes the whole policy public',
    statements: [grant({ Principal: { AWS: '444455556666' } }), grant({})],
    isPublic: true,
  },
];

describe('isPublicPolicy', () => {
  it.each(cases)('$name', ({ statements, isPublic }) => {
    const status = isPublicPolicy(policyFromJson({ Statement: statements }), '111122223333');
    expect(status.isPublic).toBe(isPublic);
    expect(status.reasons.length).toBe(status.statements.length);
  });

  it('names the public statements and says why', () => {
    const status = isPublicPolicy(
      policyFromJson({
        Statement: [grant({ Principal: { AWS: '444455556666' } }), grant({ Sid: 'PublicRead' })],
      }),
      '111122223333',
    );
    expect(status.statements).toEqual([1]);
    expect(status.reasons[0]?.reason).toMatch(
      /^Statement "PublicRead" is public: Principal "\*" names everyone/,
    );
  });
});
