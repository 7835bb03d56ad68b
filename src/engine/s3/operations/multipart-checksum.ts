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
import { checksumHeader } from '../integrity/checksum-value.ts';
import { defaultChecksumType } from '../integrity/request-integrity.ts';
import { type Exchange, touches } from '../pipeline/exchange.ts';
import { WireErrors } from '../wire-errors.ts';
import type { PartsProblem } from './complete-parts.ts';

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

/**
 * What a Complete says of the object's checksum in its headers, against the upload's:
 * `x-amz-checksum-type` must be the upload's type (docs/differences.md#complete-checksum-type),
 * and a full-object upload's `x-amz-checksum-<alg>` must be the combined CRC (400 BadDigest, LS
 * S3Multipart.complete_multipart). A composite value sent back is not compared (SWIFT
 * test_multipart_mpu_composite_checksum completes with it, 200).
 */
export function completeChecksumProblem(
  x: Exchange,
  upload: MultipartUpload,
  checksum: StoredChecksum | undefined,
): PartsProblem | undefined {
  const sentType = x.headers.get('x-amz-checksum-type')?.trim();
  if (sentType !== undefined && checksum && sentType !== checksum.type) {
    touches(x, 'complete-checksum-type');
    return {
      failure: WireErrors.completeChecksumTypeMismatch(checksum.type),
      why: `The upload was created with the ${checksum.type} checksum type, and the Complete says ${sentType}.`,
      remedy: `Send x-amz-checksum-type: ${checksum.type}, or leave the header out.`,
    };
  }
  if (checksum?.type !== 'FULL_OBJECT') return undefined;
  const sent = x.headers.get(checksumHeader(checksum.algorithm))?.trim();
  if (sent === undefined || sent === checksum.value) return undefined;
  return {
    failure: WireErrors.completeFullObjectMismatch(checksum.algorithm),
    why: `The Complete sends ${checksumHeader(checksum.algorithm)}: ${sent}, but the ${checksum.algorithm} of all the parts' bytes, combined from their checksums, is ${checksum.value} (of upload ${upload.uploadId}).`,
    remedy: `Send the ${checksum.algorithm} of the whole object, or leave the header out.`,
  };
}
