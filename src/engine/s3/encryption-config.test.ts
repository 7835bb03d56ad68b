import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../types.ts';
import { newBucket } from '../world/new-bucket.ts';
import { applyEncryptionConfiguration, validateEncryptionConfiguration } from './encryption-config.ts';

const rule = (r: JsonValue) => ({ Rules: [r] });

describe('validateEncryptionConfiguration (spec §1.2)', () => {
  const malformed = [
    { name: 'an empty rule list', input: { Rules: [] } },
    { name: 'two rules', input: { Rules: [{}, {}] } },
    { name: 'no Rules member', input: {} },
    {
      name: 'an unknown SSEAlgorithm',
      input: rule({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES128' } }),
    },
    { name: 'a missing SSEAlgorithm', input: rule({ ApplyServerSideEncryptionByDefault: {} }) },
    { name: 'a non-boolean BucketKeyEnabled', input: rule({ BucketKeyEnabled: 'yes' }) },
    {
      name: 'an unknown blocked type',
      input: rule({ BlockedEncryptionTypes: { EncryptionType: ['SSE-KMS'] } }),
    },
    { name: 'an unknown member', input: rule({ Foo: 1 }) },
    { name: 'a string body', input: 'AES256' },
  ];
  it.each(malformed)('$name is 400 MalformedXML', ({ input }) => {
    const result = validateEncryptionConfiguration(input);
    expect(result.ok ? undefined : result.error).toMatchObject({ status: 400, code: 'MalformedXML' });
  });

  it('AES256 with a KMSMasterKeyID is 400 InvalidArgument naming ApplyServerSideEncryptionByDefault', () => {
    const result = validateEncryptionConfiguration(
      rule({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256', KMSMasterKeyID: 'k' } }),
    );
    expect(result.ok ? undefined : result.error).toMatchObject({
      status: 400,
      code: 'InvalidArgument',
      message:
        'a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or aws:kms:dsse',
      fields: { ArgumentName: 'ApplyServerSideEncryptionByDefault' },
    });
  });

  const accepted = [
    {
      name: 'AES256 with a bucket key',
      input: rule({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: true }),
    },
    {
      name: 'aws:kms with a key id that does not exist',
      input: rule({
        ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: '12345678' },
      }),
    },
    {
      name: 'DSSE without a key',
      input: rule({ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms:dsse' } }),
    },
    { name: 'only the SSE-C unblock', input: rule({ BlockedEncryptionTypes: { EncryptionType: ['NONE'] } }) },
  ];
  it.each(accepted)('$name is accepted as given', ({ input }) => {
    expect(validateEncryptionConfiguration(input)).toEqual({ ok: true, value: input });
  });
});

describe('applyEncryptionConfiguration and the SSE-C block (spec §1.3)', () => {
  it.each([
    { name: 'NONE unblocks SSE-C', types: ['NONE'], expected: false },
    { name: 'SSE-C blocks it', types: ['SSE-C'], expected: true },
    { name: 'a rule that does not name the block keeps it as it was', types: undefined, expected: true },
  ])('$name', ({ types, expected }) => {
    const bucket = newBucket('b', '111122223333', 'us-east-1');
    const blocked = types
      ? { BlockedEncryptionTypes: { EncryptionType: types as ('SSE-C' | 'NONE')[] } }
      : {};
    applyEncryptionConfiguration(bucket, {
      Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, ...blocked }],
    });
    expect(bucket.sseCBlocked).toBe(expected);
  });
});
