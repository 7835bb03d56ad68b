/**
 * Paste from AWS CLI: the JSON the CLI prints (AWS CLI reference: s3api get-bucket-policy prints
 * {"Policy": "<policy as a string>"}, kms get-key-policy {"Policy": ..., "PolicyName": "default"})
 * and aws s3 cp (AWS CLI s3 cp reference: --sse [AES256|aws:kms|aws:kms:dsse], --sse-kms-key-id,
 * --sse-c [AES256], --sse-c-key).
 */
import { describe, expect, it } from 'vitest';
import { md5Base64, toBase64 } from '../../engine/index.ts';
import { parseAwsPaste } from './index.ts';

const POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }],
};
const KEY_POLICY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 'kms:*', Resource: '*' }],
};

describe('parseAwsPaste: CLI output', () => {
  it.each([
    ['get-bucket-policy', { Policy: JSON.stringify(POLICY) }, 'bucket-policy'],
    ['kms get-key-policy', { Policy: JSON.stringify(KEY_POLICY), PolicyName: 'default' }, 'key-policy'],
    ['kms get-key-policy without PolicyName', { Policy: JSON.stringify(KEY_POLICY) }, 'key-policy'],
    [
      'get-bucket-encryption',
      {
        ServerSideEncryptionConfiguration: {
          Rules: [
            { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' }, BucketKeyEnabled: true },
          ],
        },
      },
      'bucket-encryption',
    ],
    [
      'get-public-access-block',
      {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: false,
          RestrictPublicBuckets: false,
        },
      },
      'public-access-block',
    ],
    ['get-bucket-versioning', { Status: 'Enabled', MFADelete: 'Disabled' }, 'versioning'],
    ['get-bucket-policy --query Policy --output text (the policy itself)', POLICY, 'bucket-policy'],
    ['kms get-key-policy --query Policy --output text (a key policy itself)', KEY_POLICY, 'key-policy'],
  ])('reads what %s prints', (_, output, kind) => {
    const pasted = parseAwsPaste(JSON.stringify(output, null, 4));
    expect(pasted.ok && pasted.value.kind).toBe(kind);
  });

  it('unwraps the policy string into the editor text, formatted', () => {
    const pasted = parseAwsPaste(JSON.stringify({ Policy: JSON.stringify(POLICY) }));
    expect(pasted.ok && pasted.value.kind === 'bucket-policy' && JSON.parse(pasted.value.policyText)).toEqual(
      POLICY,
    );
  });
});

describe('parseAwsPaste: aws s3 cp', () => {
  it.each([
    [
      'aws s3 cp report.csv s3://test-bucket/r.csv --sse',
      'PutObject',
      { 'x-amz-server-side-encryption': 'AES256' },
    ],
    [
      'aws s3 cp report.csv s3://test-bucket/r.csv --sse aws:kms --sse-kms-key-id alias/app',
      'PutObject',
      {
        'x-amz-server-side-encryption': 'aws:kms',
        'x-amz-server-side-encryption-aws-kms-key-id': 'alias/app',
      },
    ],
    ['aws s3 cp s3://test-bucket/r.csv out.csv', 'GetObject', {}],
    [
      'aws s3 cp s3://test-bucket/a s3://test-bucket/b --sse aws:kms:dsse',
      'CopyObject',
      { 'x-amz-copy-source': 'test-bucket/a', 'x-amz-server-side-encryption': 'aws:kms:dsse' },
    ],
  ])('reads %s', (command, operation, headers) => {
    const pasted = parseAwsPaste(command);
    if (!pasted.ok || pasted.value.kind !== 'request') throw new Error('not a request');
    expect(pasted.value.request.operation).toBe(operation);
    expect(pasted.value.request.headers).toEqual(headers);
  });

  it('base64-encodes an SSE-C key given as text and computes its MD5, as the CLI does', () => {
    const raw = '0123456789abcdef0123456789abcdef';
    const pasted = parseAwsPaste(`aws s3 cp f s3://test-bucket/k --sse-c AES256 --sse-c-key ${raw}`);
    if (!pasted.ok || pasted.value.kind !== 'request') throw new Error('not a request');
    const bytes = new TextEncoder().encode(raw);
    expect(pasted.value.request.headers).toEqual({
      'x-amz-server-side-encryption-customer-algorithm': 'AES256',
      'x-amz-server-side-encryption-customer-key': toBase64(bytes),
      'x-amz-server-side-encryption-customer-key-MD5': md5Base64(bytes),
    });
  });
});

describe('parseAwsPaste: problems point at the exact token', () => {
  it.each([
    ['aws s3api put-object --bucket b --key k --colour red', '--colour', /does not know the option --colour/],
    ['aws s3api put-objekt --bucket b', 'put-objekt', /does not simulate "aws s3api put-objekt"/],
    ['aws s3 cp a s3://b/k --sse aws:kms --acl private', '--acl', /does not know the option --acl/],
    ["aws s3api put-object --bucket 'b --key k", "'", /never closed/],
    ['aws ec2 describe-instances', 'ec2', /aws s3api commands and aws s3 cp/],
    ['aws s3api get-object --bucket b --key k out.bin extra', 'extra', /Unexpected word "extra"/],
    [
      'aws s3api put-object --bucket b --key k --sse-customer-key fileb://k.bin',
      'fileb://k.bin',
      /cannot open/,
    ],
    [
      'aws s3api update-object-encryption --bucket b --key k --object-encryption {oops',
      '{oops',
      /must be a JSON object/,
    ],
  ])('%s', (text, token, message) => {
    const pasted = parseAwsPaste(text);
    if (pasted.ok) throw new Error('accepted');
    expect(pasted.error.message).toMatch(message);
    expect(text.slice(pasted.error.at?.start, pasted.error.at?.end)).toBe(token);
  });

  it('says where JSON breaks', () => {
    const pasted = parseAwsPaste('{"Policy": ');
    expect(!pasted.ok && pasted.error.message).toMatch(/not valid JSON/);
  });

  it('refuses text past the limit before reading it', () => {
    const pasted = parseAwsPaste(`aws s3api put-object ${'x'.repeat(70_000)}`);
    expect(!pasted.ok && pasted.error.message).toMatch(/the limit is/);
  });
});
