import type { BucketOperation, ObjectOperation, Operation } from '../../types.ts';

/**
 * The IAM action S3 authorizes for each operation. Several operations share an action: every part
 * of a multipart upload is `s3:PutObject`, HEAD is `s3:GetObject`, DeleteBucketEncryption is
 * `s3:PutEncryptionConfiguration`. Naming a version switches to the `...Version` action.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html
 */
const OBJECT_ACTIONS: Record<ObjectOperation, string> = {
  PutObject: 's3:PutObject',
  GetObject: 's3:GetObject',
  HeadObject: 's3:GetObject',
  CopyObject: 's3:PutObject',
  DeleteObject: 's3:DeleteObject',
  CreateMultipartUpload: 's3:PutObject',
  UploadPart: 's3:PutObject',
  UploadPartCopy: 's3:PutObject',
  CompleteMultipartUpload: 's3:PutObject',
  AbortMultipartUpload: 's3:AbortMultipartUpload',
  ListParts: 's3:ListMultipartUploadParts',
  GetObjectAttributes: 's3:GetObjectAttributes',
  UpdateObjectEncryption: 's3:UpdateObjectEncryption',
};

/** With `?versionId=` these operations act on one version and S3 checks the version action. */
const VERSION_ACTIONS: Partial<Record<ObjectOperation, string>> = {
  GetObject: 's3:GetObjectVersion',
  HeadObject: 's3:GetObjectVersion',
  DeleteObject: 's3:DeleteObjectVersion',
  GetObjectAttributes: 's3:GetObjectVersionAttributes',
};

const BUCKET_ACTIONS: Record<BucketOperation, string> = {
  PutBucketEncryption: 's3:PutEncryptionConfiguration',
  GetBucketEncryption: 's3:GetEncryptionConfiguration',
  DeleteBucketEncryption: 's3:PutEncryptionConfiguration',
  PutBucketPolicy: 's3:PutBucketPolicy',
  GetBucketPolicy: 's3:GetBucketPolicy',
  DeleteBucketPolicy: 's3:DeleteBucketPolicy',
  PutBucketVersioning: 's3:PutBucketVersioning',
  PutPublicAccessBlock: 's3:PutBucketPublicAccessBlock',
  GetPublicAccessBlock: 's3:GetBucketPublicAccessBlock',
  DeletePublicAccessBlock: 's3:PutBucketPublicAccessBlock',
};

function isObjectOperation(operation: Operation): operation is ObjectOperation {
  return operation in OBJECT_ACTIONS;
}

function isBucketOperation(operation: Operation): operation is BucketOperation {
  return operation in BUCKET_ACTIONS;
}

/** The action for an operation; KMS side operations (`kms:DisableKey`, ...) are their own action. */
export function iamActionFor(operation: Operation, query: Record<string, string> = {}): string {
  if (isObjectOperation(operation)) {
    const versioned = query.versionId !== undefined ? VERSION_ACTIONS[operation] : undefined;
    return versioned ?? OBJECT_ACTIONS[operation];
  }
  if (isBucketOperation(operation)) return BUCKET_ACTIONS[operation];
  return operation;
}

/** The object ARN for object operations, the bucket ARN for bucket operations, `*` for KMS ones. */
export function resourceArnFor(operation: Operation, bucket: string, key?: string): string {
  if (isObjectOperation(operation)) return `arn:aws:s3:::${bucket}/${key ?? ''}`;
  if (isBucketOperation(operation)) return `arn:aws:s3:::${bucket}`;
  return '*';
}
