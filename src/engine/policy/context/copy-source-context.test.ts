import { describe, expect, it } from 'vitest';
import { buildCopySourceContext, type S3ContextInput } from './build-s3-context.ts';
import type { RequestContext } from './types.ts';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

function input(overrides: Partial<S3ContextInput> = {}): S3ContextInput {
  return {
    operation: 'PutObject',
    bucket: 'test-bucket',
    key: 'a/b.txt',
    headers: {},
    https: true,
    signature: 'SigV4',
    principal: 'arn:aws:iam::111122223333:root',
    sourceIp: '203.0.113.10',
    nowMs: NOW,
    bucketAccount: '111122223333',
    ...overrides,
  };
}

const value = (context: RequestContext, key: string) => context.keys[key.toLowerCase()]?.values;

describe('buildCopySourceContext', () => {
  const copy = (header: string) =>
    buildCopySourceContext({
      ...input({ operation: 'CopyObject', headers: { 'x-amz-copy-source': header } }),
      sourceBucketAccount: '444455556666',
    });

  it.each([
    {
      name: 'bucket/key reads the source object',
      header: 'src-bucket/dir/a%20b.txt',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::src-bucket/dir/a b.txt',
    },
    {
      name: 'a leading slash is allowed',
      header: '/src-bucket/k',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::src-bucket/k',
    },
    {
      name: 'a versionId reads that version',
      header: 'src-bucket/k?versionId=abc',
      action: 's3:GetObjectVersion',
      resource: 'arn:aws:s3:::src-bucket/k',
    },
  ])('$name', ({ header, action, resource }) => {
    const result = copy(header);
    expect(result.ok && result.value.action).toBe(action);
    expect(result.ok && result.value.resource).toBe(resource);
    expect(result.ok && value(result.value, 'aws:ResourceAccount')).toEqual(['444455556666']);
  });

  it.each([
    { name: 'a copy source without a key is an error', header: 'src-bucket' },
    { name: 'a malformed escape is an error', header: 'b/%E0%A4%A' },
  ])('$name', ({ header }) => {
    const result = copy(header);
    expect(result.ok).toBe(false);
  });
});
