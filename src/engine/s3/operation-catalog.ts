/**
 * The one table of operations (DESIGN.md "One operation catalog"). For each operation the
 * simulator knows: where it acts, what its body is, which SSE headers it takes or refuses, whether
 * it reads a source object, its IAM action, and how the REST API and the AWS CLI spell it. The
 * pipeline stages, the request builder, the header hints, scenario validation and the exports all
 * ask this table; no other layer keeps a list of operations.
 *
 * Sources: the S3 API reference (MODEL input members, HTTP method and sub-resource of each API),
 * spec §4/§5 for the SSE headers, and the Service Authorization Reference for the IAM actions
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html).
 */
import {
  BUCKET_OPERATIONS,
  type BucketOperation,
  KMS_OPERATIONS,
  type KmsOperation,
  OBJECT_OPERATIONS,
  type ObjectOperation,
  OPERATIONS,
  type Operation,
} from '../types.ts';
import { H } from './header-bag.ts';

export type OperationScope = 'object' | 'bucket' | 'kms';

/** `bytes`: object data; `json`: the operation's input in the AWS CLI shape; `none`: no body. */
export type BodyKind = 'bytes' | 'json' | 'none';

/**
 * `write`: the SSE headers choose how new object data is encrypted (and SSE-C's key);
 * `customer`: only SSE-C's key headers, the others are refused with 400 (spec §5);
 * `none`: S3 does not look at SSE headers.
 */
export type SseHeaderUse = 'write' | 'customer' | 'none';

/** The SSE headers an operation that does not take them refuses with 400 InvalidArgument (spec §5). */
export const WRITE_ONLY_SSE_HEADERS: readonly string[] = [H.sse, H.kmsKeyId, H.context, H.bucketKey];
const CUSTOMER_KEY_HEADERS = [H.customerAlgorithm, H.customerKey, H.customerKeyMd5];
const COPY_SOURCE_KEY_HEADERS = [H.copySourceAlgorithm, H.copySourceKey, H.copySourceKeyMd5];

export interface OperationInfo {
  operation: Operation;
  scope: OperationScope;
  body: BodyKind;
  sse: SseHeaderUse;
  /** The SSE headers S3 reads for this operation (lower-case). */
  acceptsSseHeaders: readonly string[];
  /** The SSE headers S3 answers 400 to (lower-case); headers in neither list are ignored. */
  refusesSseHeaders: readonly string[];
  /** Its SSE headers choose the encryption of the data it writes (else the bucket default does). */
  choosesEncryption: boolean;
  /** It names a source object in `x-amz-copy-source`. */
  readsSource: boolean;
  /** It writes object data, so the bucket's blocked encryption types apply (spec §1.3). */
  writesData: boolean;
  /** It answers without a body (HEAD). */
  headOnly: boolean;
  /** It names an object key. */
  takesKey: boolean;
  /** Query parameters S3 needs for it. */
  requiredQuery: readonly string[];
  /** The IAM action S3 authorizes; KMS side operations are their own action. */
  iamAction: string;
  /** The action with `?versionId=`, where S3 checks a version action instead. */
  versionIamAction?: string;
  /** HTTP method and sub-resource of an object request (S3 API reference). */
  http?: { method: string; subresource?: string };
  /** The AWS CLI option that takes its JSON input. */
  cliInputOption?: string;
  /**
   * How it takes a checksum (API Reference, "Checking object integrity"): `body`, Content-MD5 and
   * `x-amz-checksum-*` over the data it carries; `algorithm`, `x-amz-checksum-algorithm` naming the
   * algorithm of the parts or the copy.
   */
  checksum?: 'body' | 'algorithm';
  /** It takes If-None-Match: * and If-Match as a conditional write (UG "Conditional writes"). */
  conditionalWrite?: boolean;
  /** The single top-level member of the AWS CLI output that wraps the answer. */
  cliOutputMember?: string;
}

type Entry = Omit<
  OperationInfo,
  | 'operation'
  | 'scope'
  | 'acceptsSseHeaders'
  | 'refusesSseHeaders'
  | 'choosesEncryption'
  | 'takesKey'
  | 'body'
  | 'sse'
  | 'readsSource'
  | 'writesData'
  | 'headOnly'
  | 'requiredQuery'
> &
  Partial<Pick<OperationInfo, 'body' | 'sse' | 'readsSource' | 'writesData' | 'headOnly' | 'requiredQuery'>>;

const OBJECT: Record<ObjectOperation, Entry> = {
  PutObject: {
    iamAction: 's3:PutObject',
    body: 'bytes',
    sse: 'write',
    writesData: true,
    checksum: 'body',
    conditionalWrite: true,
    http: { method: 'PUT' },
  },
  GetObject: {
    iamAction: 's3:GetObject',
    versionIamAction: 's3:GetObjectVersion',
    sse: 'customer',
    http: { method: 'GET' },
  },
  HeadObject: {
    iamAction: 's3:GetObject',
    versionIamAction: 's3:GetObjectVersion',
    sse: 'customer',
    headOnly: true,
    http: { method: 'HEAD' },
  },
  CopyObject: {
    iamAction: 's3:PutObject',
    sse: 'write',
    writesData: true,
    readsSource: true,
    checksum: 'algorithm',
    http: { method: 'PUT' },
  },
  DeleteObject: {
    iamAction: 's3:DeleteObject',
    versionIamAction: 's3:DeleteObjectVersion',
    http: { method: 'DELETE' },
  },
  CreateMultipartUpload: {
    iamAction: 's3:PutObject',
    sse: 'write',
    writesData: true,
    checksum: 'algorithm',
    http: { method: 'POST', subresource: 'uploads' },
  },
  UploadPart: {
    iamAction: 's3:PutObject',
    body: 'bytes',
    sse: 'customer',
    writesData: true,
    checksum: 'body',
    requiredQuery: ['uploadId', 'partNumber'],
    http: { method: 'PUT' },
  },
  UploadPartCopy: {
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
    iamAction: 's3:GetObjectAttributes',
    versionIamAction: 's3:GetObjectVersionAttributes',
    sse: 'customer',
    http: { method: 'GET', subresource: 'attributes' },
  },
  UpdateObjectEncryption: {
    iamAction: 's3:UpdateObjectEncryption',
    body: 'json',
    cliInputOption: '--object-encryption',
  },
};

/** DeleteBucketEncryption and DeletePublicAccessBlock are authorized by the Put action. */
const BUCKET: Record<BucketOperation, Entry> = {
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
const KMS: Record<KmsOperation, Partial<Entry>> = {
  'kms:CreateKey': { cliOutputMember: 'KeyMetadata' },
  'kms:DisableKey': {},
  'kms:EnableKey': {},
  'kms:ScheduleKeyDeletion': {},
  'kms:CancelKeyDeletion': {},
  'kms:DescribeKey': { cliOutputMember: 'KeyMetadata' },
  'kms:PutKeyPolicy': {},
};

function sseHeaders(sse: SseHeaderUse, readsSource: boolean) {
  const source = readsSource ? COPY_SOURCE_KEY_HEADERS : [];
  if (sse === 'write')
    return { accepts: [...WRITE_ONLY_SSE_HEADERS, ...CUSTOMER_KEY_HEADERS, ...source], refuses: [] };
  if (sse === 'customer')
    return { accepts: [...CUSTOMER_KEY_HEADERS, ...source], refuses: WRITE_ONLY_SSE_HEADERS };
  return { accepts: [], refuses: [] };
}

function info(operation: Operation, scope: OperationScope, entry: Entry): OperationInfo {
  const sse = entry.sse ?? 'none';
  const readsSource = entry.readsSource ?? false;
  const headers = sseHeaders(sse, readsSource);
  return {
    ...entry,
    operation,
    scope,
    body: entry.body ?? 'none',
    sse,
    acceptsSseHeaders: headers.accepts,
    refusesSseHeaders: headers.refuses,
    choosesEncryption: sse === 'write',
    readsSource,
    writesData: entry.writesData ?? false,
    headOnly: entry.headOnly ?? false,
    takesKey: scope === 'object',
    requiredQuery: entry.requiredQuery ?? [],
  };
}

const CATALOG = new Map<Operation, OperationInfo>([
  ...OBJECT_OPERATIONS.map((op) => [op, info(op, 'object', OBJECT[op])] as const),
  ...BUCKET_OPERATIONS.map((op) => [op, info(op, 'bucket', BUCKET[op])] as const),
  ...KMS_OPERATIONS.map((op) => [op, info(op, 'kms', { iamAction: op, body: 'json', ...KMS[op] })] as const),
]);

/** Every operation, in the order of `OPERATIONS` (object, bucket, KMS). */
export const OPERATION_CATALOG: readonly OperationInfo[] = OPERATIONS.map((op) => CATALOG.get(op)!);

export const isOperation = (name: unknown): name is Operation => CATALOG.has(name as Operation);

/** What the catalog says about an operation. */
export const operationInfo = (operation: Operation): OperationInfo => CATALOG.get(operation)!;

/** The first SSE header among `headerNames` (any case) that the operation refuses with 400. */
export function refusedSseHeader(operation: Operation, headerNames: Iterable<string>): string | undefined {
  const sent = new Set([...headerNames].map((name) => name.trim().toLowerCase()));
  return operationInfo(operation).refusesSseHeaders.find((name) => sent.has(name));
}

/** The IAM action S3 checks: naming a version switches some operations to the `...Version` action. */
export function iamActionFor(operation: Operation, query: Record<string, string> = {}): string {
  const entry = CATALOG.get(operation);
  if (!entry) return operation;
  return (query.versionId !== undefined ? entry.versionIamAction : undefined) ?? entry.iamAction;
}

/** The object ARN for object operations, the bucket ARN for bucket operations, `*` for KMS ones. */
export function resourceArnFor(operation: Operation, bucket: string, key?: string): string {
  const scope = CATALOG.get(operation)?.scope;
  if (scope === 'object') return `arn:aws:s3:::${bucket}/${key ?? ''}`;
  if (scope === 'bucket') return `arn:aws:s3:::${bucket}`;
  return '*';
}
