/**
 * S3's answers, word for word, to what travels on the wire: Content-MD5, `x-amz-checksum-*`,
 * CompleteMultipartUpload's part list, conditional requests and CopyObject with Range. Each cites
 * its source:
 * - LS = LocalStack's S3 provider and its AWS-recorded snapshots (localstack/localstack);
 * - SWIFT = openstack/swift test/s3api/test_object_checksums.py and test_s3api multipart tests,
 *   functional tests written against AWS (their comments note where AWS surprised them);
 * - MOTO-AWS = getmoto/moto tests marked `aws_verified` (run against AWS);
 * - API = the Amazon S3 API Reference page of the operation.
 */
import type { ChecksumAlgorithm } from '../crypto/checksums.ts';
import { failure } from './failure.ts';

const PRECONDITION = 'At least one of the pre-conditions you specified did not hold';

export const WireErrors = {
  // LS put_object: InvalidDigest names the header value; BadDigest gives the expected digest as
  // hex and the calculated one as base64.
  invalidDigest: (sent: string) =>
    failure(400, 'InvalidDigest', 'The Content-MD5 you specified was invalid.', { 'Content-MD5': sent }),
  badDigest: (expectedHex: string, calculatedBase64: string) =>
    failure(400, 'BadDigest', 'The Content-MD5 you specified did not match what we received.', {
      ExpectedDigest: expectedHex,
      CalculatedDigest: calculatedBase64,
    }),
  // SWIFT test_invalid_checksum, test_bad_checksum, test_multi_checksum
  invalidChecksumValue: (header: string) =>
    failure(400, 'InvalidRequest', `Value for ${header} header is invalid.`),
  checksumMismatch: (algorithm: ChecksumAlgorithm) =>
    failure(400, 'BadDigest', `The ${algorithm} you specified did not match the calculated checksum.`),
  multipleChecksums: () =>
    failure(
      400,
      'InvalidRequest',
      'Expecting a single x-amz-checksum- header. Multiple checksum Types are not allowed.',
    ),
  // SWIFT test_different_checksum_requested (plain HTTP: the SDK algorithm names another header)
  sdkAlgorithmInvalid: () =>
    failure(400, 'InvalidRequest', 'Value for x-amz-sdk-checksum-algorithm header is invalid.'),
  // LS get_s3_checksum_algorithm_from_request
  sdkAlgorithmWithoutChecksum: () =>
    failure(
      400,
      'InvalidRequest',
      'x-amz-sdk-checksum-algorithm specified, but no corresponding x-amz-checksum-* or x-amz-trailer headers were found.',
    ),
  // SWIFT test_mpu_create_bad_checksum_algorithm (recorded before CRC64NVME existed; the list
  // with CRC64NVME is this simulator's choice, docs/differences.md)
  unsupportedChecksumAlgorithm: () =>
    failure(
      400,
      'InvalidRequest',
      'Checksum algorithm provided is unsupported. Please try again with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]',
    ),
  // SWIFT test_mpu_create_multiple_checksum_algorithms
  multipleChecksumAlgorithms: () =>
    failure(400, 'InvalidRequest', 'Invalid types are specified in x-amz-checksum-algorithm header.'),
  // LS create_multipart_upload: x-amz-checksum-type alone, or with an algorithm it does not suit
  checksumTypeWithoutAlgorithm: () =>
    failure(
      400,
      'InvalidRequest',
      'The x-amz-checksum-type header can only be used with the x-amz-checksum-algorithm header.',
    ),
  checksumTypeNotForAlgorithm: (type: string, algorithm: ChecksumAlgorithm) =>
    failure(
      400,
      'InvalidRequest',
      `The ${type} checksum type cannot be used with the ${algorithm.toLowerCase()} checksum algorithm.`,
    ),
  // The simulator's own wording, after S3's for an invalid checksum header value
  // (docs/differences.md#checksum-type-value)
  invalidChecksumType: () =>
    failure(400, 'InvalidRequest', 'Value for x-amz-checksum-type header is invalid.'),
  // SWIFT test_mpu_upload_part_requires_checksum, test_mpu_upload_part_wrong_checksum
  partChecksumTypeMismatch: (expected: ChecksumAlgorithm, actual: ChecksumAlgorithm | undefined) =>
    failure(
      400,
      'InvalidRequest',
      `Checksum Type mismatch occurred, expected checksum Type: ${expected.toLowerCase()}, actual checksum Type: ${actual?.toLowerCase() ?? 'null'}`,
    ),
  // SWIFT test_mpu_complete_requires_checksum
  completeMissingPartChecksum: (algorithm: ChecksumAlgorithm, partNumber: number) =>
    failure(
      400,
      'InvalidRequest',
      `The upload was created using a ${algorithm.toLowerCase()} checksum. The complete request must include the checksum for each part. It was missing for part ${partNumber} in the request.`,
    ),
  // SWIFT test_mpu_complete_invalid_checksum, test_mpu_complete_multi_checksum
  completeInvalidPartChecksum: (argumentValue: string) =>
    failure(400, 'InvalidArgument', 'Invalid Base64 or multiple checksums present in request', {
      ArgumentName: 'Checksum',
      ArgumentValue: argumentValue,
    }),
  // SWIFT test_mpu_complete_mixed_checksums
  completePartChecksumMismatch: (algorithm: ChecksumAlgorithm, partNumber: number) =>
    failure(
      400,
      'BadDigest',
      `The ${algorithm.toLowerCase()} you specified for part ${partNumber} did not match what we received.`,
    ),
  // LS S3Multipart.complete_multipart: a full-object checksum sent with the Complete that is not
  // the combined one (the algorithm in lower case, unlike PutObject's BadDigest)
  completeFullObjectMismatch: (algorithm: ChecksumAlgorithm) =>
    failure(
      400,
      'BadDigest',
      `The ${algorithm.toLowerCase()} you specified did not match the calculated checksum.`,
    ),
  // Suites written after AWS (adobe/S3Mock, versity/versitygw); no AWS recording found
  // (docs/differences.md#complete-checksum-type)
  completeChecksumTypeMismatch: (type: string) =>
    failure(
      400,
      'InvalidRequest',
      `The upload was created using the ${type} checksum mode. The complete request must use the same checksum mode.`,
    ),
  // SWIFT test_mpu_complete_bad_checksum and test_mpu_no_checksum_complete_bad_checksum: two
  // spaces after "found.", the ETag as sent without quotes, no word about checksums.
  invalidPart: (uploadId: string, partNumber: number, etag: string) =>
    failure(
      400,
      'InvalidPart',
      "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not match the part's entity tag.",
      { UploadId: uploadId, PartNumber: String(partNumber), ETag: etag },
    ),
  // LS test_complete_multipart_parts_order
  invalidPartOrder: (uploadId: string) =>
    failure(
      400,
      'InvalidPartOrder',
      'The list of parts was not in ascending order. Parts must be ordered by part number.',
      { UploadId: uploadId },
    ),
  // swift s3api test_object_multi_upload_empty_body: a Complete without a body
  noPartsListed: () => failure(400, 'InvalidRequest', 'You must specify at least one part'),
  // LS test_multipart_complete_multipart_too_small
  entityTooSmall: (size: number, minimum: number, partNumber: number, etag: string) =>
    failure(400, 'EntityTooSmall', 'Your proposed upload is smaller than the minimum allowed object size.', {
      ProposedSize: String(size),
      MinSizeAllowed: String(minimum),
      PartNumber: String(partNumber),
      ETag: etag,
    }),
  // MOTO-AWS test_put_object_if_none_match / test_put_object_if_match; LS test_s3_preconditions
  preconditionFailed: (condition: string) =>
    failure(412, 'PreconditionFailed', PRECONDITION, { Condition: condition }),
  // API PutObject IfMatch / CompleteMultipartUpload IfNoneMatch: "If a conflicting operation occurs
  // during the upload S3 returns a 409 ConditionalRequestConflict response"; wording from LS
  // complete_multipart_upload and suites run against AWS.
  conditionalRequestConflict: () =>
    failure(
      409,
      'ConditionalRequestConflict',
      'The conditional request cannot succeed due to a conflicting operation against this resource.',
    ),
  // LS put_object: S3 takes only `*` in If-None-Match and no `*` in If-Match on writes, and not both.
  conditionNotImplemented: (header: string, additionalMessage: string) =>
    failure(501, 'NotImplemented', 'A header you provided implies functionality that is not implemented', {
      Header: header,
      additionalMessage,
    }),
  // RFC 9110 §15.4.5: 304 carries no body; S3 sends the validators (MOTO-AWS ETag header on 304).
  notModified: (headers: Record<string, string>) => ({
    ...failure(304, 'NotModified', 'Not Modified'),
    headers,
  }),
  // LS test_copy_object_with_range / API CopyObject: "Range ... not supported".
  copyRange: (value: string) =>
    failure(400, 'InvalidArgument', 'RANGE is not supported in Copy!', {
      ArgumentName: 'Range',
      ArgumentValue: value,
    }),
};
