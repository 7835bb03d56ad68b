import { describe, expect, it } from 'vitest';
import { concatBytes, equalBytes, fromBase64, fromHex, fromUtf8, toBase64, toHex, utf8 } from './bytes.ts';

/** RFC 4648 §10 test vectors. */
const base64Vectors = ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((text, i) => ({
  name: `RFC 4648: "${text}" encodes as "${['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'][i]}"`,
  text,
  encoded: ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'][i]!,
}));

describe('base64', () => {
  it.each(base64Vectors)('$name', ({ text, encoded }) => {
    expect(toBase64(utf8(text))).toBe(encoded);
    expect(fromUtf8(fromBase64(encoded)!)).toBe(text);
  });

  it.each([
    { name: 'a length that is not a multiple of four is refused', text: 'Zm9' },
    { name: 'characters outside the alphabet are refused', text: 'Zm9v*A==' },
    { name: 'padding in the middle is refused', text: 'Zg==Zg==' },
    { name: 'url-safe characters are refused (S3 headers use standard base64)', text: 'a-_b' },
    { name: 'whitespace is refused', text: 'MTIz NDU2' },
  ])('$name', ({ text }) => {
    expect(fromBase64(text)).toBeUndefined();
  });

  it('every byte value survives a round trip', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(fromBase64(toBase64(all))).toEqual(all);
  });
});

describe('hex and byte helpers', () => {
  it.each([
    { name: 'hex round-trips lower case', text: '00ff10ab', ok: true },
    { name: 'hex accepts upper case', text: 'ABCD', ok: true },
    { name: 'odd-length hex is refused', text: 'abc', ok: false },
    { name: 'non-hex characters are refused', text: 'zz', ok: false },
  ])('$name', ({ text, ok }) => {
    const bytes = fromHex(text);
    expect(bytes !== undefined).toBe(ok);
    if (bytes) expect(toHex(bytes)).toBe(text.toLowerCase());
  });

  it.each([
    { name: 'equal bytes compare equal', a: [1, 2, 3], b: [1, 2, 3], equal: true },
    { name: 'one changed byte compares unequal', a: [1, 2, 3], b: [1, 2, 4], equal: false },
    { name: 'different lengths compare unequal', a: [1, 2], b: [1, 2, 3], equal: false },
  ])('$name', ({ a, b, equal }) => {
    expect(equalBytes(Uint8Array.from(a), Uint8Array.from(b))).toBe(equal);
  });

  it('hex is lower-case and zero-padded', () => {
    expect(toHex(Uint8Array.of(0, 15, 255))).toBe('000fff');
  });

  it('concatenation keeps order', () => {
    expect(toHex(concatBytes(Uint8Array.of(1), Uint8Array.of(), Uint8Array.of(2, 3)))).toBe('010203');
  });
});
