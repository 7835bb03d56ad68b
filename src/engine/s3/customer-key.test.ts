import { describe, expect, it } from 'vitest';
import { md5Base64 } from '../crypto/md5.ts';
import { parseCustomerKey, TARGET_KEY_HEADERS } from './customer-key.ts';
import { headerBag } from './header-bag.ts';

// Keys and MD5s from spec §12 (computed with hashlib, cross-checked with openssl).
const KEY_L1 = 'MTIzNDU2Nzg5MGFiY2RlZjEyMzQ1Njc4OTBhYmNkZWY=';
const MD5_L1 = 'JMwgiexXqwuPqIPjYFmIZQ==';
const SHORT10 = 'MTIzNDU2Nzg5MA==';
const MD5_SHORT10 = '6Afx/PgtEy+bsBjKZzihnw==';
const DOUBLE44 = 'TVRJek5EVTJOemc1TUdGaVkyUmxaakV5TXpRMU5qYzRPVEJoWW1Oa1pXWT0=';
const MD5_DOUBLE44 = 'vSxFCLoaKaicDC136YAwYQ==';

const triple = (algorithm?: string, key?: string, keyMd5?: string) => {
  const headers: Record<string, string> = {};
  if (algorithm !== undefined) headers['x-amz-server-side-encryption-customer-algorithm'] = algorithm;
  if (key !== undefined) headers['X-Amz-Server-Side-Encryption-Customer-Key'] = key;
  if (keyMd5 !== undefined) headers['x-amz-server-side-encryption-customer-key-MD5'] = keyMd5;
  return headerBag(headers);
};

describe('parseCustomerKey (spec §4.3 rows)', () => {
  const failures = [
    {
      name: 'key and MD5 without the algorithm',
      headers: triple(undefined, KEY_L1, MD5_L1),
      code: 'InvalidArgument',
      message:
        'Requests specifying Server Side Encryption with Customer provided keys must provide a valid encryption algorithm.',
    },
    {
      name: 'algorithm KMS',
      headers: triple('KMS', KEY_L1, MD5_L1),
      code: 'InvalidEncryptionAlgorithmError',
      message: 'The Encryption request you specified is not valid. Supported value: AES256.',
    },
    {
      name: 'algorithm AES128',
      headers: triple('AES128', KEY_L1, MD5_L1),
      code: 'InvalidEncryptionAlgorithmError',
      message: 'The Encryption request you specified is not valid. Supported value: AES256.',
    },
    {
      name: 'algorithm and MD5 without the key',
      headers: triple('AES256', undefined, MD5_L1),
      code: 'InvalidArgument',
      message:
        'Requests specifying Server Side Encryption with Customer provided keys must provide an appropriate secret key.',
    },
    {
      name: 'algorithm and key without the MD5',
      headers: triple('AES256', KEY_L1),
      code: 'InvalidArgument',
      message:
        'Requests specifying Server Side Encryption with Customer provided keys must provide the client calculated MD5 of the secret key.',
    },
    {
      name: 'a 10-byte key with its matching MD5',
      headers: triple('AES256', SHORT10, MD5_SHORT10),
      code: 'InvalidArgument',
      message: 'The secret key was invalid for the specified algorithm.',
    },
    {
      name: 'the botocore 44-byte key with its matching MD5',
      headers: triple('AES256', DOUBLE44, MD5_DOUBLE44),
      code: 'InvalidArgument',
      message: 'The secret key was invalid for the specified algorithm.',
    },
    {
      name: 'a key that is not base64',
      headers: triple('AES256', 'not base64!', MD5_L1),
      code: 'InvalidArgument',
      message: 'The secret key was invalid for the specified algorithm.',
    },
    {
      name: 'an MD5 that does not match the key',
      headers: triple('AES256', KEY_L1, 'aMwgiexXqwuPqIPjYFmIZQ=='),
      code: 'InvalidArgument',
      message: 'The calculated MD5 hash of the key did not match the hash that was provided.',
    },
    {
      name: 'an MD5 of zeros',
      headers: triple('AES256', KEY_L1, 'AAAAAAAAAAAAAAAAAAAAAA=='),
      code: 'InvalidArgument',
      message: 'The calculated MD5 hash of the key did not match the hash that was provided.',
    },
  ];
  it.each(failures)(
    '$name is refused with S3 text and ArgumentName x-amz-server-side-encryption',
    ({ headers, code, message }) => {
      const result = parseCustomerKey(headers, TARGET_KEY_HEADERS);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error).toMatchObject({ status: 400, code, message });
      expect(result.error.fields.ArgumentName).toBe('x-amz-server-side-encryption');
    },
  );

  it('a correct triple gives the 32 raw key bytes and the MD5 as sent', () => {
    const result = parseCustomerKey(triple('AES256', KEY_L1, MD5_L1), TARGET_KEY_HEADERS);
    expect(result.ok && result.value?.key.length).toBe(32);
    expect(result.ok && result.value?.keyMd5).toBe(MD5_L1);
  });

  it.each([
    { name: 'the botocore 44-byte key', key: DOUBLE44, md5: MD5_DOUBLE44 },
    { name: 'a 10-byte key', key: SHORT10, md5: MD5_SHORT10 },
  ])('a read accepts $name with its MD5, to be refused later by the HMAC comparison', ({ key, md5 }) => {
    const result = parseCustomerKey(triple('AES256', key, md5), TARGET_KEY_HEADERS, 'read');
    expect(result.ok && result.value?.keyMd5).toBe(md5);
  });

  it('no SSE-C header at all is not an SSE-C request', () => {
    expect(parseCustomerKey(headerBag({}), TARGET_KEY_HEADERS)).toEqual({ ok: true, value: undefined });
  });

  it('the MD5 helper matches the spec table', () => {
    expect(md5Base64(new TextEncoder().encode('1234567890abcdef1234567890abcdef'))).toBe(MD5_L1);
  });
});
