import { describe, expect, it } from 'vitest';
import { parseCopySourceArgument } from './copy-source-argument.ts';

describe('parseCopySourceArgument', () => {
  it.each([
    { name: 'bucket/key', value: 'test-bucket/key', expected: { bucket: 'test-bucket', key: 'key' } },
    {
      name: 'a leading slash',
      value: '/test-bucket/dir/key',
      expected: { bucket: 'test-bucket', key: 'dir/key' },
    },
    { name: 'an encoded key', value: 'b/a%20b%2Bc', expected: { bucket: 'b', key: 'a b+c' } },
    {
      name: 'a version id',
      value: 'b/k?versionId=abc',
      expected: { bucket: 'b', key: 'k', versionId: 'abc' },
    },
  ])('reads $name', ({ value, expected }) => {
    expect(parseCopySourceArgument(value)).toEqual({ ok: true, value: expected });
  });

  it.each([
    { name: 'a bucket without key', value: 'bucket' },
    { name: 'an empty key', value: 'bucket/' },
    { name: 'a broken escape', value: 'bucket/%E0%A4%A' },
    { name: 'a missing header', value: undefined },
  ])('refuses $name with 400 InvalidArgument', ({ value }) => {
    const result = parseCopySourceArgument(value);
    expect(result.ok ? undefined : result.error).toMatchObject({ status: 400, code: 'InvalidArgument' });
  });
});
