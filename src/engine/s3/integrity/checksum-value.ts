/**
 * Checksum header names and values as S3 reads them: one `x-amz-checksum-<alg>` header per
 * algorithm, a value that is the canonical base64 of exactly the digest's bytes (SWIFT
 * test_invalid_base64_*: a wrong length, a stray character or non-zero padding bits are all
 * "invalid", never a mismatch).
 */
import { fromBase64, toBase64 } from '../../crypto/bytes.ts';
import {
  CHECKSUM_ALGORITHMS,
  type ChecksumAlgorithm,
  DIGEST_BYTES,
} from '../../crypto/checksum-algorithms.ts';
import type { StoredChecksum } from '../../world/types.ts';

export type { StoredChecksum };

export const checksumHeader = (algorithm: ChecksumAlgorithm) => `x-amz-checksum-${algorithm.toLowerCase()}`;

export const CHECKSUM_HEADERS = CHECKSUM_ALGORITHMS.map(checksumHeader);

/** The algorithm an SDK or request names (`crc32`, `CRC32`), or undefined for an unknown one. */
export function algorithmNamed(text: string): ChecksumAlgorithm | undefined {
  const upper = text.trim().toUpperCase();
  return CHECKSUM_ALGORITHMS.find((algorithm) => algorithm === upper);
}

/** The digest a value encodes, or undefined when S3 would call the value invalid. */
export function decodeChecksum(algorithm: ChecksumAlgorithm, value: string): Uint8Array | undefined {
  const bytes = fromBase64(value);
  if (!bytes || bytes.length !== DIGEST_BYTES[algorithm] || toBase64(bytes) !== value) return undefined;
  return bytes;
}

/** `x-amz-checksum-<alg>` and `x-amz-checksum-type`, as a write echoes them and a read returns them. */
export const checksumResponseHeaders = (checksum: StoredChecksum | undefined): Record<string, string> =>
  checksum
    ? { [checksumHeader(checksum.algorithm)]: checksum.value, 'x-amz-checksum-type': checksum.type }
    : {};
