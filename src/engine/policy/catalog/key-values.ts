/**
 * The values S3 (or IAM) can send for the condition keys whose values form a closed set. A policy
 * value outside the set never matches a request. Sources: the S3 API reference's enums
 * (PutObject `ServerSideEncryption`, `SSECustomerAlgorithm`, `ACL`, `StorageClass`,
 * `MetadataDirective`, `ObjectLockMode`, `ObjectLockLegalHoldStatus`), the S3 User Guide's
 * "Condition keys for Amazon S3" (`s3:signatureversion`, `s3:authType`,
 * `s3:AccessPointNetworkOrigin`) and the IAM User Guide's global condition keys
 * (`aws:SecureTransport` and the other booleans, `aws:PrincipalType`).
 */
const BOOLEAN = ['true', 'false'] as const;

const SETS: Readonly<Record<string, readonly string[]>> = {
  's3:x-amz-server-side-encryption': ['AES256', 'aws:kms', 'aws:kms:dsse'],
  's3:x-amz-server-side-encryption-customer-algorithm': ['AES256'],
  's3:x-amz-acl': [
    'private',
    'public-read',
    'public-read-write',
    'authenticated-read',
    'aws-exec-read',
    'bucket-owner-read',
    'bucket-owner-full-control',
    'log-delivery-write',
  ],
  's3:x-amz-storage-class': [
    'STANDARD',
    'REDUCED_REDUNDANCY',
    'STANDARD_IA',
    'ONEZONE_IA',
    'INTELLIGENT_TIERING',
    'GLACIER',
    'DEEP_ARCHIVE',
    'OUTPOSTS',
    'GLACIER_IR',
    'SNOW',
    'EXPRESS_ONEZONE',
  ],
  's3:x-amz-metadata-directive': ['COPY', 'REPLACE'],
  's3:object-lock-mode': ['GOVERNANCE', 'COMPLIANCE'],
  's3:object-lock-legal-hold': ['ON', 'OFF'],
  's3:signatureversion': ['AWS', 'AWS4-HMAC-SHA256'],
  's3:authtype': ['REST-HEADER', 'REST-QUERY-STRING', 'POST'],
  's3:accesspointnetworkorigin': ['Internet', 'VPC'],
  'aws:securetransport': BOOLEAN,
  'aws:multifactorauthpresent': BOOLEAN,
  'aws:viaawsservice': BOOLEAN,
  'aws:principalisawsservice': BOOLEAN,
  'aws:principaltype': ['Account', 'User', 'FederatedUser', 'AssumedRole', 'Anonymous'],
};

const BY_LOWER_NAME = new Map(Object.entries(SETS).map(([name, values]) => [name.toLowerCase(), values]));

/** The closed set of values a key can have in a request, if it has one (key names are case-insensitive). */
export const keyValues = (name: string): readonly string[] | undefined =>
  BY_LOWER_NAME.get(name.toLowerCase());

/** How S3 names a KMS key in `s3:x-amz-server-side-encryption-aws-kms-key-id`: always its ARN. */
export const KMS_KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z]{2}(-[a-z]+)+-\d:\d{12}:key\/[A-Za-z0-9-]+$/;
