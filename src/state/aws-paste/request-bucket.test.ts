/**
 * A pasted command names the real bucket; here only the playground's buckets exist, so S3 would
 * answer 404 NoSuchBucket at Route (S3 API Reference, "Error responses": NoSuchBucket, "The
 * specified bucket does not exist"). The request is sent to the playground's bucket instead, as a
 * pasted policy's ARNs are (policy-bucket.ts). `x-amz-copy-source` is `bucket/key` or `/bucket/key`
 * (S3 API Reference, CopyObject).
 */
import { describe, expect, it } from 'vitest';
import type { RequestInput } from '../../engine/index.ts';
import { retargetRequest } from './request-bucket.ts';

const HERE = { bucket: 'test-bucket', others: ['shared-logs'], account: '111122223333' };
const put = (bucket: string | undefined, headers: Record<string, string> = {}): RequestInput => ({
  operation: 'PutObject',
  ...(bucket === undefined ? {} : { bucket }),
  key: 'k',
  headers,
});
const copy = (bucket: string, source: string): RequestInput => ({
  operation: 'CopyObject',
  bucket,
  key: 'k',
  headers: { 'x-amz-copy-source': source },
});

describe('a pasted command that names a bucket this playground does not have', () => {
  it.each([
    {
      name: 'a real bucket becomes the playground bucket',
      request: put('acme-prod-data'),
      expected: put('test-bucket'),
      says: ['It named the bucket "acme-prod-data"', 'test-bucket', 'before you run it for real'],
    },
    {
      name: 'the playground bucket stays, and nothing is said',
      request: put('test-bucket'),
      expected: put('test-bucket'),
      says: [],
    },
    {
      name: 'another bucket of the set-up stays, and nothing is said',
      request: put('shared-logs'),
      expected: put('shared-logs'),
      says: [],
    },
    {
      name: 'no bucket at all is left to the builder',
      request: put(undefined),
      expected: put(undefined),
      says: [],
    },
    {
      name: 'a copy source in the same real bucket follows it',
      request: copy('acme-prod-data', 'acme-prod-data/reports/q1.csv'),
      expected: copy('test-bucket', 'test-bucket/reports/q1.csv'),
      says: ['It named the bucket "acme-prod-data"'],
    },
    {
      name: 'a copy source written with a leading slash and a version follows too',
      request: copy('acme-prod-data', '/acme-prod-data/a%20b.csv?versionId=3'),
      expected: copy('test-bucket', '/test-bucket/a%20b.csv?versionId=3'),
      says: ['It named the bucket "acme-prod-data"'],
    },
    {
      name: 'a copy source in another real bucket stays, and the summary says the copy answers 404',
      request: copy('acme-prod-data', 'acme-archive/q1.csv'),
      expected: copy('test-bucket', 'acme-archive/q1.csv'),
      says: ['It named the bucket "acme-prod-data"', '"acme-archive"', '404 NoSuchBucket'],
    },
    {
      name: "the real bucket's expected owner follows it to the playground's account",
      request: put('acme-prod-data', { 'x-amz-expected-bucket-owner': '123456789012' }),
      expected: put('test-bucket', { 'x-amz-expected-bucket-owner': '111122223333' }),
      says: ['--expected-bucket-owner 123456789012', 'it now names 111122223333, who owns test-bucket'],
    },
    {
      name: 'an expected owner on the playground bucket itself is left as written (S3 answers 403)',
      request: put('test-bucket', { 'x-amz-expected-bucket-owner': '123456789012' }),
      expected: put('test-bucket', { 'x-amz-expected-bucket-owner': '123456789012' }),
      says: [],
    },
    {
      name: 'a copy source in a bucket of the set-up stays, and nothing is said of it',
      request: copy('acme-prod-data', 'shared-logs/q1.csv'),
      expected: copy('test-bucket', 'shared-logs/q1.csv'),
      says: ['It named the bucket "acme-prod-data"'],
    },
  ])('$name', ({ request, expected, says }) => {
    const result = retargetRequest(request, HERE);
    expect(result.request).toEqual(expected);
    if (says.length === 0) expect(result.changes).toEqual([]);
    for (const words of says) expect(result.changes.join('\n')).toContain(words);
  });

  it('a put-bucket-policy retargets the policy it sends by the pasted policy rule', () => {
    const policy = JSON.stringify({
      Statement: [
        { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::acme-prod-data/*' },
      ],
    });
    const result = retargetRequest(
      { operation: 'PutBucketPolicy', bucket: 'acme-prod-data', body: policy },
      HERE,
    );
    expect(result.request.bucket).toBe('test-bucket');
    expect(result.request.body).toBe(policy.replace('acme-prod-data', 'test-bucket'));
    expect(result.changes.join('\n')).toContain('its ARNs now name');
  });
});
