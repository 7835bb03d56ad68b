/**
 * What a request says about the integrity of its body, read as S3 reads it before any policy is
 * evaluated: Content-MD5 (LS put_object: base64 of 16 bytes, else InvalidDigest), at most one
 * `x-amz-checksum-*` header with a valid value, and `x-amz-sdk-checksum-algorithm` naming that
 * header's algorithm (SWIFT test_multi_checksum, test_invalid_checksum,
 * test_different_checksum_requested; LS for the algorithm without any checksum).
 */
import { fromBase64 } from '../../crypto/bytes.ts';
import type { ChecksumAlgorithm } from '../../crypto/checksum-algorithms.ts';
import { isCombinable } from '../../crypto/crc-combine.ts';
import type { DifferenceId } from '../../differences/catalog.ts';
import { err, ok, type Result } from '../../result.ts';
import type { StoredChecksum } from '../../world/types.ts';
import type { S3Failure } from '../failure.ts';
import type { HeaderBag } from '../header-bag.ts';
import { WireErrors } from '../wire-errors.ts';
import { algorithmNamed, CHECKSUM_HEADERS, checksumHeader, decodeChecksum } from './checksum-value.ts';

export const CONTENT_MD5 = 'content-md5';
export const SDK_ALGORITHM = 'x-amz-sdk-checksum-algorithm';

export interface RequestIntegrity {
  contentMd5?: { sent: string; digest: Uint8Array };
  checksum?: { algorithm: ChecksumAlgorithm; header: string; value: string; digest: Uint8Array };
}

export interface IntegrityProblem {
  failure: S3Failure;
  header: string;
  sent?: string;
  /** The entry of docs/differences.md the answer rests on, when AWS's is not established. */
  difference?: DifferenceId;
}

export function readRequestIntegrity(headers: HeaderBag): Result<RequestIntegrity, IntegrityProblem> {
  const integrity: RequestIntegrity = {};
  const md5 = headers.get(CONTENT_MD5);
  if (md5 !== undefined) {
    const digest = fromBase64(md5.trim());
    if (digest?.length !== 16)
      return err({ failure: WireErrors.invalidDigest(md5), header: CONTENT_MD5, sent: md5 });
    integrity.contentMd5 = { sent: md5, digest };
  }
  const sent = CHECKSUM_HEADERS.filter((name) => headers.has(name));
  const sdk = headers.get(SDK_ALGORITHM);
  if (sent.length > 1) {
    // With an SDK algorithm as well, S3 blames that header (SWIFT test_different_checksum_requested
    // over plain HTTP, where the SDK adds a second checksum header).
    return err(
      sdk === undefined
        ? { failure: WireErrors.multipleChecksums(), header: sent.join(', ') }
        : { failure: WireErrors.sdkAlgorithmInvalid(), header: SDK_ALGORITHM, sent: sdk },
    );
  }
  const header = sent[0];
  if (header === undefined) {
    if (sdk !== undefined)
      return err({ failure: WireErrors.sdkAlgorithmWithoutChecksum(), header: SDK_ALGORITHM, sent: sdk });
    return ok(integrity);
  }
  const algorithm = algorithmNamed(header.slice('x-amz-checksum-'.length));
  const value = (headers.get(header) ?? '').trim();
  if (sdk !== undefined && (algorithm === undefined || algorithmNamed(sdk) !== algorithm))
    return err({ failure: WireErrors.sdkAlgorithmInvalid(), header: SDK_ALGORITHM, sent: sdk });
  const digest = algorithm ? decodeChecksum(algorithm, value) : undefined;
  if (!algorithm || !digest)
    return err({ failure: WireErrors.invalidChecksumValue(header), header, sent: value });
  integrity.checksum = { algorithm, header: checksumHeader(algorithm), value, digest };
  return ok(integrity);
}

/**
 * CreateMultipartUpload's `x-amz-checksum-algorithm` (SWIFT test_mpu_create_bad_checksum_algorithm,
 * test_mpu_create_multiple_checksum_algorithms): one known algorithm, or no header.
 */
export function readUploadAlgorithm(
  headers: HeaderBag,
): Result<ChecksumAlgorithm | undefined, IntegrityProblem> {
  const header = 'x-amz-checksum-algorithm';
  const sent = headers.get(header);
  if (sent === undefined) return ok(undefined);
  if (sent.includes(',')) return err({ failure: WireErrors.multipleChecksumAlgorithms(), header, sent });
  const algorithm = algorithmNamed(sent);
  if (!algorithm) return err({ failure: WireErrors.unsupportedChecksumAlgorithm(), header, sent });
  return ok(algorithm);
}

export type ChecksumType = StoredChecksum['type'];

/**
 * The checksum type an upload with this algorithm gets when CreateMultipartUpload names none:
 * CRC64NVME full-object, the others composite (UG "Checking object integrity"; LS
 * create_multipart_upload).
 */
export const defaultChecksumType = (algorithm: ChecksumAlgorithm): ChecksumType =>
  algorithm === 'CRC64NVME' ? 'FULL_OBJECT' : 'COMPOSITE';

/**
 * CreateMultipartUpload's `x-amz-checksum-type` with the algorithm it came with (LS
 * create_multipart_upload, whose messages match AWS's): only with `x-amz-checksum-algorithm`;
 * FULL_OBJECT only for a CRC S3 can combine (not SHA1 or SHA256), COMPOSITE not for CRC64NVME.
 * A value other than the two types is refused with the simulator's own message
 * (docs/differences.md#checksum-type-value).
 */
export function readUploadChecksumType(
  headers: HeaderBag,
  algorithm: ChecksumAlgorithm | undefined,
): Result<ChecksumType | undefined, IntegrityProblem> {
  const header = 'x-amz-checksum-type';
  const sent = headers.get(header);
  if (sent === undefined) return ok(algorithm ? defaultChecksumType(algorithm) : undefined);
  const type = sent.trim();
  if (type !== 'FULL_OBJECT' && type !== 'COMPOSITE')
    return err({
      failure: WireErrors.invalidChecksumType(),
      header,
      sent,
      difference: 'checksum-type-value',
    });
  if (!algorithm) return err({ failure: WireErrors.checksumTypeWithoutAlgorithm(), header, sent });
  const allowed = type === 'FULL_OBJECT' ? isCombinable(algorithm) : algorithm !== 'CRC64NVME';
  if (!allowed)
    return err({ failure: WireErrors.checksumTypeNotForAlgorithm(type, algorithm), header, sent });
  return ok(type);
}
