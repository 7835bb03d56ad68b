import { describe, expect, it } from 'vitest';
import { contextValues, s3ContextInput } from '../evaluate/testing/contexts.ts';
import { buildCopySourceContext, type S3ContextInput } from './build-s3-context.ts';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

const input = (overrides: Partial<S3ContextInput> = {}): S3ContextInput =>
  s3ContextInput({ key: 'a/b.txt', nowMs: NOW, ...overrides });

const value = contextValues;

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
