import { describe, expect, it } from 'vitest';
import { type Caller, readVersionRequest } from './read-request.ts';

const caller: Caller = {
  principal: 'arn:aws:iam::111122223333:user/alice',
  sourceIp: '203.0.113.7',
  https: true,
  tlsVersion: '1.3',
  signature: 'SigV4',
};
const where = { bucket: 'b', key: 'k', versionId: 'v1' };
// 32 zero bytes; MD5 from `head -c 32 /dev/zero | openssl md5 -binary | base64`.
const zeroKey = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';
const zeroKeyMd5 = 'cLyPS3KoaSFGi/joRB3OUQ==';

describe('readVersionRequest', () => {
  it('reads the chosen version as the current caller, with no SSE-C headers when no key is given', () => {
    const result = readVersionRequest({ ...where, customerKey: '', caller });
    expect(result).toEqual({
      ok: true,
      value: {
        operation: 'GetObject',
        bucket: 'b',
        key: 'k',
        query: { versionId: 'v1' },
        headers: {},
        principal: caller.principal,
        sourceIp: caller.sourceIp,
        https: true,
        signature: 'SigV4',
        tlsVersion: '1.3',
      },
    });
  });

  it.each([
    {
      name: 'the algorithm is AES256',
      header: 'x-amz-server-side-encryption-customer-algorithm',
      value: 'AES256',
    },
    { name: 'the key is sent as given', header: 'x-amz-server-side-encryption-customer-key', value: zeroKey },
    {
      name: 'the MD5 is computed from the key bytes',
      header: 'x-amz-server-side-encryption-customer-key-MD5',
      value: zeroKeyMd5,
    },
  ])('with an SSE-C key, $name', ({ header, value }) => {
    const result = readVersionRequest({ ...where, customerKey: zeroKey, caller });
    expect(result.ok && result.value.headers?.[header]).toBe(value);
  });

  it('a key that is not base64 is refused before sending', () => {
    expect(readVersionRequest({ ...where, customerKey: 'not base64!', caller }).ok).toBe(false);
  });

  it('plain HTTP sends no TLS version', () => {
    const result = readVersionRequest({ ...where, customerKey: '', caller: { ...caller, https: false } });
    expect(result.ok && 'tlsVersion' in result.value).toBe(false);
  });
});
