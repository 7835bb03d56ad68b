import { Crc64Nvme } from '@aws-sdk/crc64-nvme';
import { describe, expect, it } from 'vitest';
import { toBase64, utf8 } from './bytes.ts';
import { crc64NvmeDigest, crc64NvmeStart, crc64NvmeUpdate } from './crc64-nvme.ts';

const crcOf = (...pieces: Uint8Array[]): string => {
  const state = crc64NvmeStart();
  for (const piece of pieces) crc64NvmeUpdate(state, piece);
  return toBase64(crc64NvmeDigest(state));
};

/** The AWS SDK's own CRC64NVME, the reference this implementation must agree with byte for byte. */
const sdkCrcOf = async (bytes: Uint8Array): Promise<string> => {
  const crc = new Crc64Nvme();
  crc.update(bytes);
  return toBase64(await crc.digest());
};

/** Bytes that are not all alike, so a wrong table slice or byte order shows. */
const patterned = (length: number, seed: number): Uint8Array => {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 131 + seed * 17 + (i >>> 8)) & 0xff;
  return bytes;
};

describe('CRC-64/NVME', () => {
  // S3's answer for "123456789" (openstack/swift test_object_checksums.py, run against AWS), which
  // is the catalogue check value 0xae8b14860a799888 (CRC RevEng catalogue, CRC-64/NVME).
  it('computes the check value S3 answers for "123456789"', () => {
    expect(crcOf(utf8('123456789'))).toBe('rosUhgp5mIg=');
  });

  it('gives the empty body the digest of no bytes (all ones, XORed out)', async () => {
    expect(crcOf(new Uint8Array(0))).toBe(await sdkCrcOf(new Uint8Array(0)));
  });

  const lengths = [1, 3, 4, 7, 8, 9, 15, 16, 17, 31, 64, 1000, 4097, 65_537];
  const offsets = [0, 1, 2, 3];
  it.each(lengths.flatMap((length) => offsets.map((offset) => ({ length, offset }))))(
    'agrees with the AWS SDK on $length bytes starting $offset bytes into their buffer',
    async ({ length, offset }) => {
      const view = patterned(length + offset, length).subarray(offset);
      expect(crcOf(view)).toBe(await sdkCrcOf(view));
    },
  );

  it.each([
    { cuts: [1], what: 'a first byte alone' },
    { cuts: [5, 13], what: 'unaligned pieces' },
    { cuts: [8, 16, 24], what: 'whole 8-byte steps' },
    { cuts: [1023, 1024, 3000], what: 'a one-byte piece between large ones' },
  ])('gives the same digest fed in pieces ($what) as in one go', ({ cuts }) => {
    const bytes = patterned(4096, 7);
    const bounds = [0, ...cuts, bytes.length];
    const pieces = bounds.slice(1).map((end, i) => bytes.subarray(bounds[i], end));
    expect(crcOf(...pieces)).toBe(crcOf(bytes));
  });
});
