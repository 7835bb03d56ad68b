import { describe, expect, it } from 'vitest';
import { retargetBucket } from './policy-bucket.ts';

const policy = (...resources: string[]) =>
  JSON.stringify({ Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: resources }] });

describe('a pasted bucket policy that names another bucket', () => {
  it.each([
    {
      name: 'one other bucket is renamed to this one, bucket and objects alike',
      text: policy('arn:aws:s3:::acme-prod-data', 'arn:aws:s3:::acme-prod-data/*'),
      expected: {
        policyText: policy('arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'),
        renamed: 'acme-prod-data',
      },
    },
    {
      name: 'a policy naming this bucket is left as it is',
      text: policy('arn:aws:s3:::test-bucket/*'),
      expected: { policyText: policy('arn:aws:s3:::test-bucket/*') },
    },
    {
      name: 'two other buckets are named, not guessed between',
      text: policy('arn:aws:s3:::b-two/*', 'arn:aws:s3:::a-one/*'),
      expected: {
        policyText: policy('arn:aws:s3:::b-two/*', 'arn:aws:s3:::a-one/*'),
        others: ['a-one', 'b-two'],
      },
    },
    {
      name: 'a bucket whose name another begins with is not touched',
      text: policy('arn:aws:s3:::data/*', 'arn:aws:s3:::test-bucket'),
      expected: {
        policyText: policy('arn:aws:s3:::test-bucket/*', 'arn:aws:s3:::test-bucket'),
        renamed: 'data',
      },
    },
    {
      name: 'a wildcard bucket name is not a bucket to rename',
      text: policy('arn:aws:s3:::acme-*/*'),
      expected: { policyText: policy('arn:aws:s3:::acme-*/*') },
    },
    {
      name: 'another partition is renamed too',
      text: policy('arn:aws-us-gov:s3:::gov-data/*'),
      expected: { policyText: policy('arn:aws-us-gov:s3:::test-bucket/*'), renamed: 'gov-data' },
    },
  ])('$name', ({ text, expected }) => {
    expect(retargetBucket(text, 'test-bucket')).toEqual(expected);
  });
});
