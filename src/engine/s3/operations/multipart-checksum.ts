/**
 * The checksum of an object completed from a multipart upload, from its parts' checksums alone
 * (UG "Checking object integrity", checksums of multipart uploads):
 * - FULL_OBJECT (CRC32, CRC32C, CRC64NVME): the CRC of all the object's bytes, combined from the
 *   parts' CRCs and sizes (crypto/crc-combine.ts), no `-N`; LS S3Multipart.complete_multipart;
 * - COMPOSITE: the algorithm over the parts' digests joined, then `-N` (SWIFT
 *   test_multipart_mpu_composite_checksum).
 * An upload without an algorithm gives none (SWIFT test_mpu_has_no_checksum).
 */
import { concatBytes, fromBase64, toBase64 } from '../../crypto/bytes.ts';
import { checksumDigest } from '../../crypto/checksums.ts';
import { combineCrcs, isCombinable } from '../../crypto/crc-combine.ts';
import type { MultipartUpload, StoredChecksum, UploadedPart } from '../../world/types.ts';
import { defaultChecksumType } from '../integrity/request-integrity.ts';

export async function multipartChecksum(
  upload: MultipartUpload,
  parts: UploadedPart[],
): Promise<StoredChecksum | undefined> {
  const algorithm = upload.checksumAlgorithm;
  if (!algorithm) return undefined;
  const type = upload.checksumType ?? defaultChecksumType(algorithm);
  const digests = parts.map((part) => fromBase64(part.checksum?.value ?? '') ?? new Uint8Array(0));
  if (type === 'FULL_OBJECT' && isCombinable(algorithm)) {
    const pieces = parts.map((part, i) => ({ digest: digests[i] ?? new Uint8Array(0), length: part.size }));
    return { algorithm, value: toBase64(combineCrcs(algorithm, pieces)), type };
  }
  const value = `${toBase64(await checksumDigest(algorithm, concatBytes(...digests)))}-${parts.length}`;
  return { algorithm, value, type: 'COMPOSITE' };
}

/** What the trace says of how the object's checksum was made. */
export function multipartChecksumDetail(checksum: StoredChecksum): string {
  return checksum.type === 'FULL_OBJECT'
    ? `Its ${checksum.algorithm} checksum is full-object: the ${checksum.algorithm} of all its bytes, combined from the parts' ${checksum.algorithm}s and sizes without reading the bytes again.`
    : `Its ${checksum.algorithm} checksum is composite: the ${checksum.algorithm} of the parts' checksums, then -N.`;
}
