/**
 * Values S3 never sends: S3 API PutObject `ServerSideEncryption` takes AES256 | aws:kms |
 * aws:kms:dsse; `aws:SecureTransport` is "true" or "false" (IAM UG global condition keys); S3
 * compares `s3:x-amz-server-side-encryption-aws-kms-key-id` with the key ARN (UG
 * `UsingKMSEncryption.md` "require a specific KMS key").
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../parse/index.ts';

const withCondition = (condition: Record<string, unknown>, effect = 'Deny') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Check',
        Effect: effect,
        Principal: '*',
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::test-bucket/*',
        Condition: condition,
      },
    ],
  });

const warnings = (condition: Record<string, unknown>) =>
  parsePolicy(withCondition(condition), { bucket: 'test-bucket' }).diagnostics.filter(
    (d) => d.code === 'value-never-sent',
  );

describe('values S3 never sends', () => {
  it.each([
    [
      { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:ksm' } },
      /"aws:ksm".*never sends.*Did you mean "aws:kms"\?/,
    ],
    [{ StringEquals: { 's3:x-amz-server-side-encryption': 'aes256' } }, /"aes256".*Did you mean "AES256"\?/],
    [
      { StringEquals: { 's3:x-amz-server-side-encryption-customer-algorithm': 'AES-256' } },
      /Did you mean "AES256"/,
    ],
    [
      { StringEquals: { 'aws:SecureTransport': 'yes' } },
      /"yes" is a value S3 never sends for aws:SecureTransport \(it sends true or false\)/,
    ],
    [
      { StringEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': 'alias/app' } },
      /not a KMS key ARN.*never an alias/,
    ],
    [
      {
        StringEquals: {
          's3:x-amz-server-side-encryption-aws-kms-key-id': 'arn:aws:kms:us-east-1:1111:key/x',
        },
      },
      /not a KMS key ARN/,
    ],
    [{ StringEquals: { 's3:x-amz-acl': 'public_read' } }, /Did you mean "public-read"/],
    [{ StringEquals: { 's3:x-amz-metadata-directive': 'REPLASE' } }, /Did you mean "REPLACE"/],
    [
      { StringEquals: { 'aws:PrincipalType': 'Anon' } },
      /it sends Account, User, FederatedUser, AssumedRole or Anonymous/,
    ],
  ])('warns about %j', (condition, message) => {
    const found = warnings(condition);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toMatch(message);
    expect(found[0]?.severity).toBe('warning');
  });

  it.each([
    [{ StringNotEquals: { 's3:x-amz-server-side-encryption': ['AES256', 'aws:kms', 'aws:kms:dsse'] } }],
    [{ StringEqualsIgnoreCase: { 's3:x-amz-server-side-encryption': 'AWS:KMS' } }],
    [{ StringLike: { 's3:x-amz-server-side-encryption': 'aws:kms*' } }],
    [
      {
        StringEquals: {
          's3:x-amz-server-side-encryption-aws-kms-key-id':
            'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        },
      },
    ],
    [
      {
        StringLike: { 's3:x-amz-server-side-encryption-aws-kms-key-id': 'arn:aws:kms:*:111122223333:key/*' },
      },
    ],
    [{ Bool: { 'aws:SecureTransport': 'false' } }],
    [{ StringEquals: { 's3:x-amz-server-side-encryption-context': 'anything' } }],
  ])('says nothing about %j', (condition) => {
    expect(warnings(condition)).toEqual([]);
  });

  it('points at the value itself', () => {
    const text = withCondition({ StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:ksm' } });
    const found = parsePolicy(text, { bucket: 'test-bucket' }).diagnostics.find(
      (d) => d.code === 'value-never-sent',
    );
    expect(text.slice(found?.range.start.offset, found?.range.end.offset)).toBe('"aws:ksm"');
  });

  // What the value does to the condition depends on the operator (IAM condition operators: a
  // negated operator is true when the value differs and when the key is absent; several values are
  // ORed, NOR under a negated operator): "never matches" is only true of a plain operator.
  it.each([
    {
      name: 'a negated operator with only that value denies every upload',
      condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'kms' } },
      says: 'so StringNotEquals is true for every request, with the key or without it: this Deny applies to every request it covers.',
    },
    {
      name: 'a negated operator with only that value in an Allow restricts nothing',
      condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'kms' } },
      effect: 'Allow',
      says: 'it restricts nothing',
    },
    {
      name: 'a negated operator with other, valid values: the value excludes nothing',
      condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': ['AES256', 'kms'] } },
      says: 'so under StringNotEquals it excludes nothing: the condition is the same without it.',
    },
    {
      name: 'a plain operator with only that value: the Deny never applies',
      condition: { StringEquals: { 's3:x-amz-server-side-encryption': 'kms' } },
      says: 'so it never matches: the condition is never true and this Deny never applies.',
    },
    {
      name: 'a plain operator with only that value in an Allow: it never applies',
      condition: { StringEquals: { 's3:x-amz-server-side-encryption': 'kms' } },
      effect: 'Allow',
      says: 'this Allow never applies',
    },
    {
      name: 'a plain IfExists operator: true only without the key',
      condition: { StringEqualsIfExists: { 's3:x-amz-server-side-encryption': 'kms' } },
      says: 'StringEqualsIfExists is then true only for requests without s3:x-amz-server-side-encryption',
    },
    {
      name: 'a plain operator with other, valid values: that value never matches',
      condition: { StringEquals: { 's3:x-amz-server-side-encryption': ['AES256', 'kms'] } },
      says: 'sends AES256, aws:kms or aws:kms:dsse), so it never matches.',
    },
    {
      name: 'a bare key id under StringNotEquals denies every upload too',
      condition: {
        StringNotEquals: {
          's3:x-amz-server-side-encryption-aws-kms-key-id': '1234abcd-12ab-34cd-56ef-1234567890ab',
        },
      },
      says: 'this Deny applies to every request it covers. S3 puts the key ARN in this key, never a bare key id.',
    },
  ])('$name', ({ condition, effect, says }) => {
    const text = withCondition(condition, effect);
    const found = parsePolicy(text, { bucket: 'test-bucket' }).diagnostics.filter(
      (d) => d.code === 'value-never-sent',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(says);
  });
});
