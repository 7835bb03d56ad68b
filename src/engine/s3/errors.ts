/**
 * S3's error answers, word for word. Each cites where the text comes from (spec = shared
 * spec/s3-sse-behavior.md). ArgumentName is `x-amz-server-side-encryption` for every SSE-C error,
 * an AWS quirk LocalStack records (spec §4.3).
 */
import { failure, type S3Failure } from './failure.ts';
import { H } from './header-bag.ts';

const SSE_ARG = { ArgumentName: H.sse };

/** "The name for a key is a sequence of Unicode characters whose UTF-8 encoding is at most 1,024 bytes long" (S3 User Guide, object keys). */
export const MAX_KEY_BYTES = 1024;

export const S3Errors = {
  // spec §1.2; AWS adds the bucket name.
  noSuchBucket: (bucket: string) =>
    failure(404, 'NoSuchBucket', 'The specified bucket does not exist', { BucketName: bucket }),
  noSuchKey: (key: string) => failure(404, 'NoSuchKey', 'The specified key does not exist.', { Key: key }),
  noSuchVersion: (key: string, versionId: string) =>
    failure(404, 'NoSuchVersion', 'The specified version does not exist.', {
      Key: key,
      VersionId: versionId,
    }),
  invalidVersionId: (versionId: string) =>
    failure(400, 'InvalidArgument', 'Invalid version id specified', {
      ArgumentName: 'versionId',
      ArgumentValue: versionId,
    }),
  methodNotAllowed: () =>
    failure(405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.'),
  noSuchUpload: (uploadId: string) =>
    failure(
      404,
      'NoSuchUpload',
      'The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.',
      { UploadId: uploadId },
    ),
  accessDenied: (message = 'Access Denied') => failure(403, 'AccessDenied', message),
  // User metadata over 2 KB (user-metadata-limit.ts). The message as AWS sends it, without the
  // full stop of the API reference's error table, with Size and MaxSizeAllowed: AWS answers
  // recorded in versity/versitygw#2086 and in client test fixtures ("<Code>MetadataTooLarge</Code>
  // <Message>Your metadata headers exceed the maximum allowed metadata size</Message><Size>3072
  // </Size><MaxSizeAllowed>2048</MaxSizeAllowed>").
  metadataTooLarge: (size: number, max: number) =>
    failure(400, 'MetadataTooLarge', 'Your metadata headers exceed the maximum allowed metadata size', {
      Size: String(size),
      MaxSizeAllowed: String(max),
    }),
  // spec §1.2 (LS test_s3_default_bucket_encryption_exc)
  malformedXml: () =>
    failure(
      400,
      'MalformedXML',
      'The XML you provided was not well-formed or did not validate against our published schema',
    ),
  kmsKeyNotApplicable: () =>
    failure(
      400,
      'InvalidArgument',
      'a KMSMasterKeyID is not applicable if the default sse algorithm is not aws:kms or aws:kms:dsse',
      { ArgumentName: 'ApplyServerSideEncryptionByDefault' },
    ),
  // spec §5
  unsupportedSse: (value: string) =>
    failure(400, 'InvalidArgument', 'The encryption method specified is not supported', {
      ...SSE_ARG,
      ArgumentValue: value,
    }),
  kmsKeyWithoutKms: () =>
    failure(
      400,
      'InvalidArgument',
      'Server Side Encryption with AWS KMS managed key requires HTTP header x-amz-server-side-encryption : aws:kms',
      SSE_ARG,
    ),
  headerNotSupported: (header: string) =>
    failure(400, 'InvalidArgument', `${header} header is not supported for this operation.`, {
      ArgumentName: header,
    }),
  // minio-go#2235 quotes this AWS answer for a context that is not a string-string map.
  badContext: (value: string) =>
    failure(
      400,
      'InvalidArgument',
      "The header 'x-amz-server-side-encryption-context' shall be Base64-encoded UTF-8 string holding JSON which represents a string-string map",
      { ArgumentName: H.context, ArgumentValue: value },
    ),
  // spec §4.3
  sseCIncompatible: (value: string) =>
    failure(
      400,
      'InvalidArgument',
      'Server Side Encryption with Customer provided key is incompatible with the encryption method specified',
      { ...SSE_ARG, ArgumentValue: value },
    ),
  sseCBadAlgorithm: (value: string) =>
    failure(
      400,
      'InvalidEncryptionAlgorithmError',
      'The Encryption request you specified is not valid. Supported value: AES256.',
      { ...SSE_ARG, ArgumentValue: value },
    ),
  sseCNoAlgorithm: () =>
    failure(
      400,
      'InvalidArgument',
      'Requests specifying Server Side Encryption with Customer provided keys must provide a valid encryption algorithm.',
      SSE_ARG,
    ),
  sseCNoKey: () =>
    failure(
      400,
      'InvalidArgument',
      'Requests specifying Server Side Encryption with Customer provided keys must provide an appropriate secret key.',
      SSE_ARG,
    ),
  sseCNoMd5: () =>
    failure(
      400,
      'InvalidArgument',
      'Requests specifying Server Side Encryption with Customer provided keys must provide the client calculated MD5 of the secret key.',
      SSE_ARG,
    ),
  sseCInvalidKey: () =>
    failure(400, 'InvalidArgument', 'The secret key was invalid for the specified algorithm.', SSE_ARG),
  sseCMd5Mismatch: () =>
    failure(
      400,
      'InvalidArgument',
      'The calculated MD5 hash of the key did not match the hash that was provided.',
      SSE_ARG,
    ),
  // spec §4.4
  sseCWrongKey: () =>
    failure(
      403,
      'AccessDenied',
      'Requests specifying Server Side Encryption with Customer provided keys must provide the correct secret key.',
    ),
  storedEncrypted: () =>
    failure(
      400,
      'InvalidRequest',
      'The object was stored using a form of Server Side Encryption. The correct parameters must be provided to retrieve the object.',
    ),
  parametersNotApplicable: () =>
    failure(400, 'InvalidRequest', 'The encryption parameters are not applicable to this object.'),
  // spec §4.1 and §2.7
  sseCNeedsHttps: () =>
    failure(
      400,
      'InvalidArgument',
      'Requests specifying Server Side Encryption with Customer provided keys must be made over a secure connection.',
    ),
  kmsNeedsHttps: () =>
    failure(
      400,
      'InvalidArgument',
      'Requests specifying Server Side Encryption with AWS KMS managed keys must be made over a secure connection.',
    ),
  kmsNeedsSigV4: () =>
    failure(
      400,
      'InvalidArgument',
      'Requests specifying Server Side Encryption with AWS KMS managed keys require AWS Signature Version 4.',
    ),
  // spec §2.8
  kmsSlowDown: () =>
    failure(503, 'SlowDown', 'Please reduce your request rate for operations involving AWS KMS.'),
  // spec §10
  partNeedsEncryption: () =>
    failure(
      400,
      'InvalidRequest',
      'The multipart upload initiate requested encryption. Subsequent part requests must include the appropriate encryption parameters.',
    ),
  partParametersMismatch: () =>
    failure(
      400,
      'InvalidRequest',
      'The provided encryption parameters did not match the ones used originally.',
    ),
  // MODEL UploadPart PartNumber: "a positive integer between 1 and 10,000".
  partNumberOutOfRange: (value: string) =>
    failure(400, 'InvalidArgument', 'Part number must be an integer between 1 and 10000, inclusive', {
      ArgumentName: 'partNumber',
      ArgumentValue: value,
    }),
  invalidPartNumber: (actual: number, requested: string) =>
    failure(416, 'InvalidPartNumber', 'The requested partnumber is not satisfiable', {
      PartNumberRequested: requested,
      ActualPartCount: String(actual),
    }),
  // GetObject with a Range that starts past the end (RFC 9110 §15.5.17; S3 error code InvalidRange)
  invalidRange: (requested: string, size: number) =>
    failure(416, 'InvalidRange', 'The requested range is not satisfiable', {
      RangeRequested: requested,
      ActualObjectSize: String(size),
    }),
  // AWS API reference, "List of error codes": KeyTooLongError, 400. The message as S3 sends it has
  // no full stop; Size and MaxSizeAllowed are the children S3-compatible suites expect (assumed,
  // docs/differences.md#key-too-long-fields).
  keyTooLong: (size: number) =>
    failure(400, 'KeyTooLongError', 'Your key is too long', {
      Size: String(size),
      MaxSizeAllowed: String(MAX_KEY_BYTES),
    }),
  // spec §7 (LS test_s3_copy_object_in_place)
  copyToItself: () =>
    failure(
      400,
      'InvalidRequest',
      "This copy request is illegal because it is trying to copy an object to itself without changing the object's metadata, storage class, website redirect location or encryption attributes.",
    ),
  // Policy conformance suite (LS test_bucket_policy / expected bucket owner)
  noSuchBucketPolicy: (bucket: string) =>
    failure(404, 'NoSuchBucketPolicy', 'The bucket policy does not exist', { BucketName: bucket }),
  invalidExpectedOwner: (value: string) =>
    failure(
      400,
      'InvalidBucketOwnerAWSAccountID',
      `The value of the expected bucket owner parameter must be an AWS Account ID... [${value}]`,
    ),
  malformedPolicy: (message: string) => failure(400, 'MalformedPolicy', message),
  noSuchPublicAccessBlock: (bucket: string) =>
    failure(
      404,
      'NoSuchPublicAccessBlockConfiguration',
      'The public access block configuration was not found',
      {
        BucketName: bucket,
      },
    ),
  internalError: () => failure(500, 'InternalError', 'We encountered an internal error. Please try again.'),
} satisfies Record<string, (...args: never[]) => S3Failure>;
