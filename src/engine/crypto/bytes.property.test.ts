import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, fromHex, toBase64, toHex } from './bytes.ts';

describe('byte encodings (properties)', () => {
  it('base64 and hex round-trip any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(fromBase64(toBase64(bytes))).toEqual(Uint8Array.from(bytes));
        expect(fromHex(toHex(bytes))).toEqual(Uint8Array.from(bytes));
      }),
      { seed: 42 },
    );
  });

  it('decoding never throws on any string', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => [fromBase64(text), fromHex(text)]).not.toThrow();
      }),
      { seed: 42 },
    );
  });
});
