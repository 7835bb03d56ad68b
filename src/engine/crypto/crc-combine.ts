/**
 * The CRC of two byte strings joined, from their two CRCs and the second's length, without the
 * bytes: how S3 makes the full-object checksum of a multipart upload from its parts' checksums
 * (User Guide, "Checking object integrity": full object checksums of multipart uploads, for
 * CRC32, CRC32C and CRC64NVME, the CRCs that "can be combined"; LocalStack's
 * S3Multipart.complete_multipart does the same with its CombinedCrcHash).
 *
 * For a reflected CRC whose initial value and final XOR are equal (all ones for these three),
 * crc(A‖B) = crc(A)·x^(8·|B|) mod P ⊕ crc(B) (zlib's crc32_combine, Mark Adler). The register is
 * a BigInt: combining runs once per part at completion, never per byte.
 */
import type { ChecksumAlgorithm } from './checksum-algorithms.ts';

/** The checksums S3 can combine into a full-object checksum. */
export type CombinableAlgorithm = Extract<ChecksumAlgorithm, 'CRC32' | 'CRC32C' | 'CRC64NVME'>;

interface CrcShape {
  width: number;
  /** The polynomial, bit-reflected (its x^0 coefficient is the register's top bit). */
  poly: bigint;
}

const SHAPES: Record<CombinableAlgorithm, CrcShape> = {
  CRC32: { width: 32, poly: 0xedb88320n },
  CRC32C: { width: 32, poly: 0x82f63b78n },
  CRC64NVME: { width: 64, poly: 0x9a6c9329ac4bc9b5n },
};

export const isCombinable = (algorithm: ChecksumAlgorithm): algorithm is CombinableAlgorithm =>
  algorithm in SHAPES;

/** a·b mod P, both in the reflected representation. */
function multiplyModP(a: bigint, b: bigint, { width, poly }: CrcShape): bigint {
  let product = 0n;
  let factor = b;
  for (let bit = 1n << BigInt(width - 1); bit > 0n; bit >>= 1n) {
    if (a & bit) product ^= factor;
    factor = factor & 1n ? (factor >> 1n) ^ poly : factor >> 1n;
  }
  return product;
}

/** x^(8·bytes) mod P: the shift a CRC register undergoes over `bytes` zero bytes. */
function shiftOver(bytes: number, shape: CrcShape): bigint {
  let result = 1n << BigInt(shape.width - 1); // x^0
  let square = 1n << BigInt(shape.width - 9); // x^8
  for (let n = bytes; n > 0; n = Math.floor(n / 2)) {
    if (n % 2 === 1) result = multiplyModP(square, result, shape);
    square = multiplyModP(square, square, shape);
  }
  return result;
}

const toNumber = (digest: Uint8Array): bigint =>
  digest.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);

function toDigest(value: bigint, width: number): Uint8Array {
  const out = new Uint8Array(width / 8);
  let rest = value;
  for (let i = out.length - 1; i >= 0; i--) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return out;
}

/**
 * The digest of A‖B from the digests of A and B (big-endian, as S3 base64-encodes them) and the
 * length of B in bytes.
 */
export function combineCrc(
  algorithm: CombinableAlgorithm,
  first: Uint8Array,
  second: Uint8Array,
  secondLength: number,
): Uint8Array {
  const shape = SHAPES[algorithm];
  const shifted = multiplyModP(toNumber(first), shiftOver(secondLength, shape), shape);
  return toDigest(shifted ^ toNumber(second), shape.width);
}

/**
 * The digest of all pieces joined in order, from each piece's digest and length. It starts from
 * the CRC of no bytes, which is zero when the initial value equals the final XOR.
 */
export function combineCrcs(
  algorithm: CombinableAlgorithm,
  pieces: readonly { digest: Uint8Array; length: number }[],
): Uint8Array {
  let joined: Uint8Array = new Uint8Array(SHAPES[algorithm].width / 8);
  for (const piece of pieces) joined = combineCrc(algorithm, joined, piece.digest, piece.length);
  return joined;
}
