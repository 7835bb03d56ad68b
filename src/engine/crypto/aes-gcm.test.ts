import { describe, expect, it } from 'vitest';
import { aesGcmDecrypt, aesGcmEncrypt, importAesKey } from './aes-gcm.ts';
import { fromHex, toHex } from './bytes.ts';

const hex = (text: string) => fromHex(text)!;

/**
 * AES-256 known answers: test cases 13–16 of McGrew & Viega, "The Galois/Counter Mode of
 * Operation (GCM)" (submission to NIST, 2005, Appendix B), the vectors NIST SP 800-38D points to.
 * The hex values were cross-checked against several independent published copies of these cases
 * (C, Ruby-OpenSSL, Rust and PHP test suites) before being pasted here.
 */
const K15 = 'feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308';
const P15 =
  'd9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
  '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255';
const C15 =
  '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa' +
  '8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad';
const knownAnswers = [
  {
    name: 'GCM test case 13: empty plaintext under the zero key gives only a tag',
    key: '00'.repeat(32),
    iv: '00'.repeat(12),
    aad: '',
    plaintext: '',
    ciphertext: '',
    tag: '530f8afbc74536b9a963b4f1c4cb738b',
  },
  {
    name: 'GCM test case 14: one zero block under the zero key',
    key: '00'.repeat(32),
    iv: '00'.repeat(12),
    aad: '',
    plaintext: '00'.repeat(16),
    ciphertext: 'cea7403d4d606b6e074ec5d3baf39d18',
    tag: 'd0d1c8a799996bf0265b98b5d48ab919',
  },
  {
    name: 'GCM test case 15: four blocks without additional data',
    key: K15,
    iv: 'cafebabefacedbaddecaf888',
    aad: '',
    plaintext: P15,
    ciphertext: C15,
    tag: 'b094dac5d93471bdec1a502270e3cc6c',
  },
  {
    name: 'GCM test case 16: 60 bytes with 20 bytes of additional data',
    key: K15,
    iv: 'cafebabefacedbaddecaf888',
    aad: 'feedfacedeadbeeffeedfacedeadbeefabaddad2',
    plaintext: P15.slice(0, 120),
    ciphertext: C15.slice(0, 120),
    tag: '76fc6ece0f4e1768cddf8853bb2d551b',
  },
];

describe('AES-256-GCM known answers', () => {
  it.each(knownAnswers)('$name', async (c) => {
    const key = await importAesKey(hex(c.key));
    const aad = c.aad ? hex(c.aad) : undefined;
    const sealed = await aesGcmEncrypt(key, hex(c.iv), hex(c.plaintext), aad);
    expect(toHex(sealed.ciphertext)).toBe(c.ciphertext);
    expect(toHex(sealed.tag)).toBe(c.tag);
    const opened = await aesGcmDecrypt(key, sealed, aad);
    expect(opened && toHex(opened)).toBe(c.plaintext);
  });
});

const flipFirstBit = (bytes: Uint8Array) => {
  const out = bytes.slice();
  out[0] = (out[0] ?? 0) ^ 1;
  return out;
};

describe('AES-256-GCM refuses anything changed', () => {
  const tampering = [
    { name: 'a flipped ciphertext bit fails the tag check', part: 'ciphertext' as const },
    { name: 'a flipped IV bit fails the tag check', part: 'iv' as const },
    { name: 'a flipped tag bit fails the tag check', part: 'tag' as const },
  ];
  it.each(tampering)('$name', async ({ part }) => {
    const key = await importAesKey(hex(K15));
    const sealed = await aesGcmEncrypt(key, hex('cafebabefacedbaddecaf888'), hex(P15));
    expect(await aesGcmDecrypt(key, { ...sealed, [part]: flipFirstBit(sealed[part]) })).toBeUndefined();
  });

  it('changed additional data fails the tag check', async () => {
    const key = await importAesKey(hex(K15));
    const sealed = await aesGcmEncrypt(key, hex('cafebabefacedbaddecaf888'), hex(P15), hex('aa'));
    expect(await aesGcmDecrypt(key, sealed, hex('ab'))).toBeUndefined();
  });

  it('another key fails the tag check', async () => {
    const sealed = await aesGcmEncrypt(await importAesKey(hex(K15)), hex('00'.repeat(12)), hex(P15));
    expect(await aesGcmDecrypt(await importAesKey(hex('00'.repeat(32))), sealed)).toBeUndefined();
  });

  it('a truncated tag is refused without calling WebCrypto', async () => {
    const key = await importAesKey(hex(K15));
    const sealed = await aesGcmEncrypt(key, hex('00'.repeat(12)), hex(P15));
    expect(await aesGcmDecrypt(key, { ...sealed, tag: sealed.tag.slice(0, 12) })).toBeUndefined();
  });
});

describe('AES-256-GCM reports a misuse as a bug, not as tampering', () => {
  it('a key imported without the decrypt usage throws instead of reading as a failed tag', async () => {
    const raw = hex(K15);
    const sealed = await aesGcmEncrypt(await importAesKey(raw), hex('00'.repeat(12)), hex(P15));
    const encryptOnly = await globalThis.crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt']);
    await expect(aesGcmDecrypt(encryptOnly, sealed)).rejects.toThrow();
  });
});
