import { describe, expect, it } from 'vitest';
import { checkPolicyForPut } from './put-check.ts';

const BASE = {
  Sid: 'S1',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:root' },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::test-bucket/*',
};
const policy = (changes: Record<string, unknown>, top: Record<string, unknown> = {}) => {
  const statement: Record<string, unknown> = { ...BASE, ...changes };
  for (const [name, value] of Object.entries(changes)) if (value === undefined) delete statement[name];
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement], ...top });
};
const answer = (text: string) => {
  const result = checkPolicyForPut(text, 'test-bucket');
  return result.ok ? 'accepted' : result.error.message;
};

describe('checkPolicyForPut answers like S3', () => {
  const cases = [
    { name: 'a valid policy is accepted', text: policy({}), expected: 'accepted' },
    {
      name: 'a policy without Version is accepted (stored as 2008-10-17)',
      text: JSON.stringify({ Statement: [BASE] }),
      expected: 'accepted',
    },
    {
      name: 'a byte-order mark before the brace fails the first-byte check',
      text: `\uFEFF${policy({})}`,
      expected: "Policies must be valid JSON and the first byte must be '{'",
    },
    {
      name: 'a JSON array is refused by the first-byte check',
      text: '[1]',
      expected: "Policies must be valid JSON and the first byte must be '{'",
    },
    {
      name: 'an empty body is refused by the first-byte check',
      text: '',
      expected: "Policies must be valid JSON and the first byte must be '{'",
    },
    {
      name: 'a trailing comma is invalid Json',
      text: policy({}).replace(/}]}$/, '},]}'),
      expected: 'This policy contains invalid Json',
    },
    {
      name: 'an unknown top-level element is an unknown field',
      text: policy({}, { Statements: [] }),
      expected: 'Unknown field Statements',
    },
    {
      name: 'Resource "*" is an invalid resource',
      text: policy({ Resource: '*' }),
      expected: 'Policy has invalid resource',
    },
    {
      name: 'a missing Resource is a missing field',
      text: policy({ Resource: undefined }),
      expected: 'Missing required field Resource',
    },
    {
      name: 'NotAction and NotResource are accepted in place of Action and Resource',
      text: policy({
        Effect: 'Deny',
        Action: undefined,
        NotAction: 's3:GetObject',
        Resource: undefined,
        NotResource: 'arn:aws:s3:::test-bucket/public/*',
      }),
      expected: 'accepted',
    },
    {
      name: 'a number as an Action value is invalid syntax',
      text: policy({ Action: [5] }),
      expected: 'Invalid policy syntax.',
    },
    {
      name: 'a principal map with an unknown type is invalid syntax',
      text: policy({ Principal: { User: 'x' } }),
      expected: 'Invalid policy syntax.',
    },
    {
      name: 'a wildcard inside a principal ARN is an invalid principal',
      text: policy({ Principal: { AWS: 'arn:aws:iam::*:root' } }),
      expected: 'Invalid principal in policy',
    },
    {
      name: 'a service principal is accepted',
      text: policy({ Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject' }),
      expected: 'accepted',
    },
    {
      name: 'an unknown aws: key is stored (S3 checks only s3: keys)',
      text: policy({ Condition: { Bool: { 'aws:SecureTransprot': 'true' } } }),
      expected: 'accepted',
    },
    {
      name: 'an s3: key spelled in another case is the same key',
      text: policy({
        Action: 's3:PutObject',
        Condition: { StringEquals: { 'S3:X-Amz-Server-Side-Encryption': 'AES256' } },
      }),
      expected: 'accepted',
    },
    {
      name: 'an s3: encryption key on s3:* is accepted (PutObject gets it)',
      text: policy({
        Action: 's3:*',
        Condition: { StringEquals: { 's3:x-amz-server-side-encryption': 'AES256' } },
      }),
      expected: 'accepted',
    },
    {
      name: 'ExistingObjectTag on PutObject does not apply',
      text: policy({
        Action: 's3:PutObject',
        Condition: { StringEquals: { 's3:ExistingObjectTag/team': 'a' } },
      }),
      expected: 'Conditions do not apply to combination of actions and resources in statement',
    },
    {
      name: 'Null takes no IfExists suffix',
      text: policy({ Condition: { NullIfExists: { 'aws:SourceIp': 'true' } } }),
      expected: 'Invalid Condition type : NullIfExists',
    },
    {
      name: 'an IPv6 range is accepted',
      text: policy({ Condition: { IpAddress: { 'aws:SourceIp': ['2001:db8::/32', '203.0.113.0/24'] } } }),
      expected: 'accepted',
    },
    {
      name: 'an account action on the bucket does not apply to any resource',
      text: policy({ Action: 's3:ListAllMyBuckets', Resource: 'arn:aws:s3:::test-bucket' }),
      expected: 'Action does not apply to any resource(s) in statement',
    },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(answer(text)).toBe(expected);
  });

  const order = [
    {
      name: 'the first byte comes before JSON validity',
      text: ' {',
      expected: "Policies must be valid JSON and the first byte must be '{'",
    },
    {
      name: 'a missing Statement comes before an invalid Version',
      text: JSON.stringify({ Version: 'x' }),
      expected: 'Missing required field Statement',
    },
    {
      name: 'an invalid Version comes before statement problems',
      text: policy({ Action: 'x' }, { Version: '2020-01-01' }),
      expected: 'The policy must contain a valid version string',
    },
    {
      name: 'the first statement is reported before the second',
      text: JSON.stringify({
        Statement: [
          { ...BASE, Resource: 'x' },
          { ...BASE, Action: 'x' },
        ],
      }),
      expected: 'Policy has invalid resource',
    },
    {
      name: 'within a statement, Effect comes before Principal',
      text: policy({ Effect: 'Permit', Principal: 'arn' }),
      expected: 'Invalid effect: Permit',
    },
    {
      name: 'an invalid action comes before an invalid resource',
      text: policy({ Action: 's3:Nope', Resource: 'x' }),
      expected: 'Policy has invalid action',
    },
    {
      name: 'conditions that do not apply come before actions that do not apply',
      text: policy({
        Action: ['s3:ListBucketMultipartUploads'],
        Condition: { StringLike: { 's3:prefix': 'a' } },
      }),
      expected: 'Conditions do not apply to combination of actions and resources in statement',
    },
  ];
  it.each(order)('$name', ({ text, expected }) => {
    expect(answer(text)).toBe(expected);
  });

  // Scenarios tagged `uncertain` in the conformance file: the behaviour we chose, with the reason.
  const uncertain = [
    {
      name: 'a Bool value that is not true/false is stored (S3 does not type-check values; Scality)',
      text: policy({ Condition: { Bool: { 'aws:SecureTransport': 'yes' } } }),
      expected: 'accepted',
    },
    {
      name: 'a non-numeric Numeric value is stored (Scality records AWS accepting one)',
      text: policy({
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::test-bucket',
        Condition: { NumericLessThanEquals: { 's3:max-keys': 'ten' } },
      }),
      expected: 'accepted',
    },
    {
      name: 'a non-date Date value is stored',
      text: policy({ Condition: { DateLessThan: { 'aws:CurrentTime': 'next tuesday' } } }),
      expected: 'accepted',
    },
    {
      name: 'duplicate Sids are stored (the editor warns)',
      text: JSON.stringify({ Statement: [BASE, BASE] }),
      expected: 'accepted',
    },
    {
      name: 'a wildcard bucket segment that matches this bucket is accepted',
      text: policy({ Action: 's3:ListBucket', Resource: ['arn:aws:s3:::*', 'arn:aws:s3:::*/*'] }),
      expected: 'accepted',
    },
    {
      name: 'a public and malformed policy is refused as malformed (validation before Block Public Access)',
      text: policy({ Principal: '*', Action: 's3:GetObjects' }),
      expected: 'Policy has invalid action',
    },
  ];
  it.each(uncertain)('$name', ({ text, expected }) => {
    expect(answer(text)).toBe(expected);
  });

  it('refuses a principal that does not exist only when it can ask IAM', () => {
    const text = policy({ Principal: { AWS: 'arn:aws:iam::111122223333:role/app' } });
    expect(checkPolicyForPut(text, 'test-bucket').ok).toBe(true);
    const known = checkPolicyForPut(text, 'test-bucket', {
      principalExists: (arn) => arn.endsWith('role/app'),
    });
    expect(known.ok).toBe(true);
    const unknown = checkPolicyForPut(text, 'test-bucket', { principalExists: () => false });
    expect(unknown.ok ? 'accepted' : unknown.error).toEqual({
      code: 'MalformedPolicy',
      message: 'Invalid principal in policy',
      detail: expect.stringContaining('"arn:aws:iam::111122223333:role/app" exists in this playground'),
    });
  });

  it('returns the parsed policy when accepted', () => {
    const result = checkPolicyForPut(policy({}), 'test-bucket');
    expect(result.ok && result.value.statements[0]?.sid?.value).toBe('S1');
  });
});
