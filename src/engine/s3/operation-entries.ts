/**
 * The rows of the operation catalog, as written: each operation's IAM action, body, SSE headers and
 * the rest (sources in `operation-info.ts`). Defaults and derived fields are filled in by
 * `operation-catalog.ts`; nothing else reads these rows.
 */
import type { BucketOperation, KmsOperation, ObjectOperation } from '../types.ts';
import type { Entry } from './operation-info.ts';

export const OBJECT: Record<ObjectOperation, Entry> = {
  PutObject: {
    encryptsData: true,
    iamAction: 's3:PutObject',
    body: 'bytes',
    sse: 'write',
    writesData: true,
    checksum: 'body',
    conditionalWrite: true,
    storesUserMetadata: 'always',
    http: { method: 'PUT' },
  },
  GetObject: {
    opensDataKey: 'always',
    readsObject: true,
    iamAction: 's3:GetObject',
    versionIamAction: 's3:GetObjectVersion',
    sse: 'customer',
    http: { method: 'GET' },
    optionalQuery: ['versionId', 'partNumber'],
  },
  HeadObject: {
    opensDataKey: 'with-checksum-mode',
    readsObject: true,
    iamAction: 's3:GetObject',
    versionIamAction: 's3:GetObjectVersion',
    sse: 'customer',
    headOnly: true,
    http: { method: 'HEAD' },
    optionalQuery: ['versionId', 'partNumber'],
  },
  CopyObject: {
    encryptsData: true,
    opensDataKey: 'always',
    iamAction: 's3:PutObject',
    sse: 'write',
    writesData: true,
    readsSource: true,
    checksum: 'algorithm',
    storesUserMetadata: 'with-replace-directive',
    http: { method: 'PUT' },
  },
  DeleteObject: {
    iamAction: 's3:DeleteObject',
    versionIamAction: 's3:DeleteObjectVersion',
    http: { method: 'DELETE' },
    optionalQuery: ['versionId'],
  },
  CreateMultipartUpload: {
    iamAction: 's3:PutObject',
    sse: 'write',
    writesData: true,
    checksum: 'algorithm',
    storesUserMetadata: 'always',
    http: { method: 'POST', subresource: 'uploads' },
  },
  UploadPart: {
    encryptsData: true,
    iamAction: 's3:PutObject',
    body: 'bytes',
    sse: 'customer',
    writesData: true,
    checksum: 'body',
    requiredQuery: ['uploadId', 'partNumber'],
    http: { method: 'PUT' },
  },
  UploadPartCopy: {
    encryptsData: true,
    opensDataKey: 'always',
    iamAction: 's3:PutObject',
    sse: 'customer',
    writesData: true,
    readsSource: true,
    requiredQuery: ['uploadId', 'partNumber'],
    http: { method: 'PUT' },
  },
  CompleteMultipartUpload: {
    iamAction: 's3:PutObject',
    body: 'json',
    sse: 'customer',
    conditionalWrite: true,
    requiredQuery: ['uploadId'],
    http: { method: 'POST' },
    cliInputOption: '--multipart-upload',
  },
  AbortMultipartUpload: {
    iamAction: 's3:AbortMultipartUpload',
    requiredQuery: ['uploadId'],
    http: { method: 'DELETE' },
  },
  ListParts: {
    iamAction: 's3:ListMultipartUploadParts',
    sse: 'customer',
    requiredQuery: ['uploadId'],
    http: { method: 'GET' },
  },
  GetObjectAttributes: {
    opensDataKey: 'with-checksum-attribute',
    iamAction: 's3:GetObjectAttributes',
    versionIamAction: 's3:GetObjectVersionAttributes',
    sse: 'customer',
    http: { method: 'GET', subresource: 'attributes' },
    optionalQuery: ['versionId'],
  },
  UpdateObjectEncryption: {
    encryptsData: true,
    opensDataKey: 'always',
    iamAction: 's3:UpdateObjectEncryption',
    body: 'json',
    cliInputOption: '--object-encryption',
    optionalQuery: ['versionId'],
  },
};

/** DeleteBucketEncryption and DeletePublicAccessBlock are authorized by the Put action. */
export const BUCKET: Record<BucketOperation, Entry> = {
  PutBucketEncryption: {
    iamAction: 's3:PutEncryptionConfiguration',
    body: 'json',
    cliInputOption: '--server-side-encryption-configuration',
  },
  GetBucketEncryption: {
    iamAction: 's3:GetEncryptionConfiguration',
    cliOutputMember: 'ServerSideEncryptionConfiguration',
  },
  DeleteBucketEncryption: { iamAction: 's3:PutEncryptionConfiguration' },
  PutBucketPolicy: { iamAction: 's3:PutBucketPolicy', body: 'json', cliInputOption: '--policy' },
  GetBucketPolicy: { iamAction: 's3:GetBucketPolicy', cliOutputMember: 'Policy' },
  DeleteBucketPolicy: { iamAction: 's3:DeleteBucketPolicy' },
  PutBucketVersioning: {
    iamAction: 's3:PutBucketVersioning',
    body: 'json',
    cliInputOption: '--versioning-configuration',
  },
  PutPublicAccessBlock: {
    iamAction: 's3:PutBucketPublicAccessBlock',
    body: 'json',
    cliInputOption: '--public-access-block-configuration',
  },
  GetPublicAccessBlock: {
    iamAction: 's3:GetBucketPublicAccessBlock',
    cliOutputMember: 'PublicAccessBlockConfiguration',
  },
  DeletePublicAccessBlock: { iamAction: 's3:PutBucketPublicAccessBlock' },
};

/** KMS side operations take their input as JSON and are their own IAM action. */
export const KMS: Record<KmsOperation, Partial<Entry>> = {
  'kms:CreateKey': { cliOutputMember: 'KeyMetadata' },
  'kms:DisableKey': {},
  'kms:EnableKey': {},
  'kms:ScheduleKeyDeletion': {},
  'kms:CancelKeyDeletion': {},
  'kms:DescribeKey': { cliOutputMember: 'KeyMetadata' },
  'kms:PutKeyPolicy': {},
};
