import { describe, expect, it } from 'vitest';
import { concatBytes, toBase64, utf8 } from './bytes.ts';
import { checksumDigest } from './checksums.ts';
import { type CombinableAlgorithm, combineCrc, combineCrcs, isCombinable } from './crc-combine.ts';

/** Bytes that are not all alike, so a wrong shift or byte order shows. */
const patterned = (length: number, seed: number): Uint8Array => {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 151 + seed * 29 + (i >>> 7)) & 0xff;
  return bytes;
};

const ALGORITHMS: CombinableAlgorithm[] = ['CRC32', 'CRC32C', 'CRC64NVME'];

describe('CRC combine', () => {
  // The reference: the same CRC computed over the concatenated bytes (checksums.ts, whose
  // values are checked against S3's answers for "123456789").
  const splits = [
    { first: 0, second: 9 },
    { first: 9, second: 0 },
    { first: 1, second: 1 },
    { first: 4, second: 5 },
    { first: 1000, second: 4097 },
    { first: 65_536, second: 3 },
  ];
  it.each(ALGORITHMS.flatMap((algorithm) => splits.map((split) => ({ algorithm, ...split }))))(
    'gives the $algorithm of $first bytes followed by $second bytes as computed over both',
    async ({ algorithm, first, second }) => {
      const a = patterned(first, 1);
      const b = patterned(second, 2);
      const combined = combineCrc(
        algorithm,
        await checksumDigest(algorithm, a),
        await checksumDigest(algorithm, b),
        b.length,
      );
      expect(toBase64(combined)).toBe(toBase64(await checksumDigest(algorithm, concatBytes(a, b))));
    },
  );

  it.each(ALGORITHMS)('joins "1234", "5" and "6789" into the %s of "123456789"', async (algorithm) => {
    const pieces = await Promise.all(
      ['1234', '5', '6789'].map(async (text) => ({
        digest: await checksumDigest(algorithm, utf8(text)),
        length: text.length,
      })),
    );
    expect(toBase64(combineCrcs(algorithm, pieces))).toBe(
      toBase64(await checksumDigest(algorithm, utf8('123456789'))),
    );
  });

  it.each(ALGORITHMS)('gives no pieces the %s of no bytes', async (algorithm) => {
    expect(toBase64(combineCrcs(algorithm, []))).toBe(
      toBase64(await checksumDigest(algorithm, new Uint8Array(0))),
    );
  });

  it.each([
    { algorithm: 'CRC32', combinable: true },
    { algorithm: 'CRC32C', combinable: true },
    { algorithm: 'CRC64NVME', combinable: true },
    { algorithm: 'SHA1', combinable: false },
    { algorithm: 'SHA256', combinable: false },
  ] as const)('says $algorithm combinable: $combinable', ({ algorithm, combinable }) => {
    expect(isCombinable(algorithm)).toBe(combinable);
  });
});
