/**
 * The HTTPS-only policy AWS documents denies when aws:SecureTransport is "false": AWS re:Post
 * Knowledge Center, "What S3 bucket policy should I use to comply with the AWS Config rule
 * s3-bucket-ssl-requests-only?" (https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule),
 * statement "AllowSSLRequestsOnly": Deny s3:* on the bucket and its objects with
 * `"Bool": {"aws:SecureTransport": "false"}`. Written with "true", the same Deny refuses every HTTPS
 * request and lets plain HTTP through; lesson https-only-policy shows it against the engine.
 */
import { describe, expect, it } from 'vitest';
import { denyStatement as deny } from './testing/deny-statement.ts';
import { diagnosticsCoded, textMarked } from './testing/diagnostics-coded.ts';

const ALL = { Action: 's3:*', Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'] };
const warningsOf = (text: string) => diagnosticsCoded(text, 'deny-secure-transport-true');
const marked = (text: string) => textMarked(text, 'deny-secure-transport-true');

describe('a Deny on aws:SecureTransport "true"', () => {
  it.each([
    {
      name: 'the string "true" on s3:* is marked at the value',
      text: deny({ ...ALL, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
      marks: ['"true"'],
    },
    {
      name: 'a JSON true is marked too',
      text: deny({ ...ALL, Condition: { Bool: { 'aws:SecureTransport': true } } }),
      marks: ['true'],
    },
    {
      name: '"True" in another case is read as true, as Bool reads it',
      text: deny({ Condition: { Bool: { 'aws:SecureTransport': 'True' } } }),
      marks: ['"True"'],
    },
    {
      name: 'BoolIfExists is the same: S3 sends the key with every request',
      text: deny({ Condition: { BoolIfExists: { 'aws:SecureTransport': 'true' } } }),
      marks: ['"true"'],
    },
    {
      name: 'a single action is enough',
      text: deny({ Action: 's3:GetObject', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
      marks: ['"true"'],
    },
  ])('$name', ({ text, marks }) => {
    expect(marked(text)).toEqual(marks);
    const [warning] = warningsOf(text);
    expect(warning?.severity).toBe('warning');
    for (const phrase of [
      'refuses HTTPS and lets plain HTTP through',
      '"Bool": {"aws:SecureTransport": "false"}',
    ])
      expect(warning?.message).toContain(phrase);
  });

  it.each([
    {
      name: 'the documented HTTPS-only policy ("false")',
      text: deny({ ...ALL, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    },
    {
      name: 'a JSON false',
      text: deny({ ...ALL, Condition: { Bool: { 'aws:SecureTransport': false } } }),
    },
    {
      name: 'an Allow on "true" (grants over HTTPS only)',
      text: deny({
        Effect: 'Allow',
        Principal: { AWS: '111122223333' },
        Action: 's3:GetObject',
        Condition: { Bool: { 'aws:SecureTransport': 'true' } },
      }),
    },
    {
      name: 'another Bool key with "true"',
      text: deny({ Condition: { Bool: { 'aws:ViaAWSService': 'true' } } }),
    },
  ])('says nothing about $name', ({ text }) => {
    expect(warningsOf(text)).toEqual([]);
  });
});
