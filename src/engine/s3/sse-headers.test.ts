import { describe, expect, it } from 'vitest';
import { toBase64 } from '../crypto/bytes.ts';
import { headerBag } from './header-bag.ts';
import { parseWriteSseHeaders } from './sse-headers.ts';

const b64 = (text: string) => toBase64(new TextEncoder().encode(text));

describe('parseWriteSseHeaders (spec §5 rows)', () => {
  const failures: { name: string; headers: Record<string, string>; message: string }[] = [
    {
      name: 'aes:kms is not a supported method',
      headers: { 'x-amz-server-side-encryption': 'aes:kms' },
      message: 'The encryption method specified is not supported',
    },
    {
      name: 'AES128 is not a supported method',
      headers: { 'x-amz-server-side-encryption': 'AES128' },
      message: 'The encryption method specified is not supported',
    },
    {
      name: 'an empty value is not a supported method',
      headers: { 'x-amz-server-side-encryption': '' },
      message: 'The encryption method specified is not supported',
    },
    {
      name: 'a KMS key id without x-amz-server-side-encryption',
      headers: { 'x-amz-server-side-encryption-aws-kms-key-id': 'k' },
      message:
        'Server Side Encryption with AWS KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms',
    },
    {
      name: 'AES256 together with a KMS key id',
      headers: {
        'x-amz-server-side-encryption': 'AES256',
        'x-amz-server-side-encryption-aws-kms-key-id': 'fool-me-once',
      },
      message:
        'Server Side Encryption with AWS KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms',
    },
    {
      name: 'a context that is not base64',
      headers: {
        'x-amz-server-side-encryption': 'aws:kms',
        'x-amz-server-side-encryption-context': '{"a":"b"}',
      },
      message:
        "The header 'x-amz-server-side-encryption-context' shall be Base64-encoded UTF-8 string holding JSON which represents a string-string map",
    },
    {
      name: 'a context with a nested object',
      headers: {
        'x-amz-server-side-encryption': 'aws:kms',
        'x-amz-server-side-encryption-context': b64('{"Context":{"a":"b"}}'),
      },
      message:
        "The header 'x-amz-server-side-encryption-context' shall be Base64-encoded UTF-8 string holding JSON which represents a string-string map",
    },
    {
      name: 'a context that is a JSON array',
      headers: {
        'x-amz-server-side-encryption': 'aws:kms',
        'x-amz-server-side-encryption-context': b64('["a"]'),
      },
      message:
        "The header 'x-amz-server-side-encryption-context' shall be Base64-encoded UTF-8 string holding JSON which represents a string-string map",
    },
  ];
  it.each(failures)('$name gives 400 InvalidArgument', ({ headers, message }) => {
    const result = parseWriteSseHeaders(headerBag(headers));
    expect(result.ok ? undefined : result.error).toMatchObject({
      status: 400,
      code: 'InvalidArgument',
      message,
    });
  });

  const successes: { name: string; headers: Record<string, string>; expected: object }[] = [
    { name: 'no header leaves the choice to the bucket', headers: {}, expected: {} },
    {
      name: 'AES256 alone',
      headers: { 'x-amz-server-side-encryption': 'AES256' },
      expected: { algorithm: 'AES256' },
    },
    {
      name: 'aws:kms with a key and the bucket key on',
      headers: {
        'x-amz-server-side-encryption': 'aws:kms',
        'x-amz-server-side-encryption-aws-kms-key-id': 'k1',
        'x-amz-server-side-encryption-bucket-key-enabled': 'TRUE',
      },
      expected: { algorithm: 'aws:kms', kmsKeyId: 'k1', bucketKey: true },
    },
    {
      name: 'DSSE with a context',
      headers: {
        'x-amz-server-side-encryption': 'aws:kms:dsse',
        'x-amz-server-side-encryption-context': b64('{"team":"a"}'),
      },
      expected: { algorithm: 'aws:kms:dsse', context: { header: b64('{"team":"a"}'), pairs: { team: 'a' } } },
    },
    {
      name: 'the bucket key override off',
      headers: {
        'x-amz-server-side-encryption': 'aws:kms',
        'x-amz-server-side-encryption-bucket-key-enabled': 'false',
      },
      expected: { algorithm: 'aws:kms', bucketKey: false },
    },
  ];
  it.each(successes)('$name is accepted', ({ headers, expected }) => {
    const result = parseWriteSseHeaders(headerBag(headers));
    expect(result.ok && result.value).toMatchObject(expected);
  });
});
