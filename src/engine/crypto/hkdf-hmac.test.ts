import { describe, expect, it } from 'vitest';
import { aesGcmDecrypt, aesGcmEncrypt } from './aes-gcm.ts';
import { fromHex, toHex, utf8 } from './bytes.ts';
import { deriveAesKey, hkdfBytes, importHkdfKey } from './hkdf.ts';
import { hmacSha256 } from './hmac.ts';

const hex = (text: string) => fromHex(text)!;

/** RFC 5869 Appendix A, test cases 1 and 3 (SHA-256). */
const hkdfCases = [
  {
    name: 'RFC 5869 test case 1: basic HKDF-SHA-256',
    ikm: '0b'.repeat(22),
    salt: '000102030405060708090a0b0c',
    info: 'f0f1f2f3f4f5f6f7f8f9',
    length: 42,
    okm: '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
  },
  {
    name: 'RFC 5869 test case 3: zero-length salt and info',
    ikm: '0b'.repeat(22),
    salt: '',
    info: '',
    length: 42,
    okm: '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
  },
];

/** RFC 4231 §4.2 and §4.3, HMAC-SHA-256. */
const hmacCases = [
  {
    name: 'RFC 4231 test case 1: 20-byte key, "Hi There"',
    key: '0b'.repeat(20),
    data: toHex(utf8('Hi There')),
    mac: 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
  },
  {
    name: 'RFC 4231 test case 2: key "Jefe"',
    key: toHex(utf8('Jefe')),
    data: toHex(utf8('what do ya want for nothing?')),
    mac: '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
  },
];

describe('HKDF-SHA-256', () => {
  it.each(hkdfCases)('$name', async (c) => {
    const base = await importHkdfKey(hex(c.ikm));
    expect(toHex(await hkdfBytes(base, hex(c.salt), hex(c.info), c.length))).toBe(c.okm);
  });

  it('keys derived with the same salt agree and with another salt do not', async () => {
    const base = await importHkdfKey(hex('11'.repeat(32)));
    const info = utf8('object');
    const a = await deriveAesKey(base, hex('01'), info);
    const sealed = await aesGcmEncrypt(a, hex('00'.repeat(12)), utf8('data'));
    expect(await aesGcmDecrypt(await deriveAesKey(base, hex('01'), info), sealed)).toEqual(utf8('data'));
    expect(await aesGcmDecrypt(await deriveAesKey(base, hex('02'), info), sealed)).toBeUndefined();
  });
});

describe('HMAC-SHA-256', () => {
  it.each(hmacCases)('$name', async (c) => {
    expect(toHex(await hmacSha256(hex(c.key), hex(c.data)))).toBe(c.mac);
  });
});
