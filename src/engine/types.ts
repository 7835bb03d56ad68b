/**
 * The engine's public data shapes. They mirror the scenario format (docs/scenario-format.md):
 * a `Setup` builds a world, a `S3Request` is one step's request, an `Outcome` is what S3 answered
 * plus the trace of how it decided and the KMS events it caused.
 */
import type { ObjectData } from './crypto/chunked-bytes.ts';
import type { DifferenceNote } from './differences/catalog.ts';
import type { VpcEndpoint } from './network/vpc-endpoint.ts';
import type { Diagnostic } from './policy/types.ts';
import type { DecidedBy, TraceStage, TraceStep } from './trace/index.ts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const OBJECT_OPERATIONS = [
  'PutObject',
  'GetObject',
  'HeadObject',
  'CopyObject',
  'DeleteObject',
  'CreateMultipartUpload',
  'UploadPart',
  'UploadPartCopy',
  'CompleteMultipartUpload',
  'AbortMultipartUpload',
  'ListParts',
  'GetObjectAttributes',
  'UpdateObjectEncryption',
] as const;

export const BUCKET_OPERATIONS = [
  'PutBucketEncryption',
  'GetBucketEncryption',
  'DeleteBucketEncryption',
  'PutBucketPolicy',
  'GetBucketPolicy',
  'DeleteBucketPolicy',
  'PutBucketVersioning',
  'PutPublicAccessBlock',
  'GetPublicAccessBlock',
  'DeletePublicAccessBlock',
] as const;

export const KMS_OPERATIONS = [
  'kms:CreateKey',
  'kms:DisableKey',
  'kms:EnableKey',
  'kms:ScheduleKeyDeletion',
  'kms:CancelKeyDeletion',
  'kms:DescribeKey',
  'kms:PutKeyPolicy',
] as const;

export type ObjectOperation = (typeof OBJECT_OPERATIONS)[number];
export type BucketOperation = (typeof BUCKET_OPERATIONS)[number];
export type KmsOperation = (typeof KMS_OPERATIONS)[number];
export type Operation = ObjectOperation | BucketOperation | KmsOperation;
export const OPERATIONS: readonly Operation[] = [
  ...OBJECT_OPERATIONS,
  ...BUCKET_OPERATIONS,
  ...KMS_OPERATIONS,
];

/** Object data as the scenario format writes it. */
export type BodySpec = string | { repeat: string; times: number } | { base64: string } | JsonObject;

export type SignatureKind = 'SigV4' | 'SigV2' | 'anonymous';

/**
 * Where a signed request carries its signature, as `s3:authType` names it: the Authorization
 * header, a presigned URL's query string, or a browser POST form
 * (https://docs.aws.amazon.com/AmazonS3/latest/API/bucket-policy-s3-sigv4-conditions.html).
 */
export type AuthType = 'REST-HEADER' | 'REST-QUERY-STRING' | 'POST';
export const AUTH_TYPES: readonly AuthType[] = ['REST-HEADER', 'REST-QUERY-STRING', 'POST'];

/** One S3 (or KMS side) request, defaults already applied by `normalizeRequest`. */
export interface S3Request {
  operation: Operation;
  bucket: string;
  key?: string;
  https: boolean;
  tlsVersion?: string;
  signature: SignatureKind;
  principal: string;
  /** The caller's IP address: `aws:SourceIp`, or `aws:VpcSourceIp` through a VPC endpoint. */
  sourceIp: string;
  /** The gateway VPC endpoint the request came through (`aws:SourceVpce`, `aws:SourceVpc`); absent: the internet. */
  vpcEndpoint?: VpcEndpoint;
  /** Header names as sent; lookups are case-insensitive. */
  headers: Record<string, string>;
  query: Record<string, string>;
  /** Raw object bytes for object writes, or the JSON input of bucket-level and KMS operations. */
  body?: Uint8Array | JsonObject;
  /** How a signed request is authenticated; absent: `REST-HEADER`. */
  authType?: AuthType;
  /** A presigned URL's validity (`X-Amz-Expires`, seconds); absent on a presigned URL: 3600. */
  expiresSeconds?: number;
  /** How long before it reaches S3 the request was signed (`s3:signatureAge`); absent: 0. */
  signatureAgeMs?: number;
  /** A browser POST upload's policy document (`expiration` and `conditions`). */
  postPolicy?: JsonObject;
  /** For a service principal (e.g. `cloudfront.amazonaws.com`): the resource it acts for (`aws:SourceArn`). */
  sourceArn?: string;
  /** For a service principal: the account it acts for (`aws:SourceAccount`). */
  sourceAccount?: string;
}

/** A request as a user or a scenario writes it: everything but the operation is optional. */
export type RequestInput = Partial<Omit<S3Request, 'operation' | 'body'>> & {
  operation: Operation;
  body?: BodySpec | Uint8Array;
};

export interface S3Error {
  code: string;
  message: string;
  /** Other children of <Error>: ArgumentName, ArgumentValue, BucketName, Key, ... */
  fields: Record<string, string>;
}

export interface S3Response {
  status: number;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /**
   * Object bytes (GET: one buffer, or a large read's decrypted segments as they came, see
   * crypto/chunked-bytes.ts), or the JSON output of bucket-level, KMS and attribute reads.
   */
  body?: ObjectData | JsonValue;
  error?: S3Error;
  /** The XML error body exactly as S3 sends it (absent for HEAD errors, which carry no body). */
  errorXml?: string;
  /**
   * There was no HTTP answer at all (then `status` is 0 and `headers` empty): the connection was
   * refused before any HTTP, e.g. a TLS 1.0 handshake. `reason` says what the client saw.
   */
  noAnswer?: { reason: string };
}

export type { DecidedBy, TraceStage, TraceStep } from './trace/index.ts';
export { TRACE_STAGES } from './trace/index.ts';

/** A KMS call shaped like a CloudTrail event (only the fields a learner needs). */
export interface AuditEvent {
  eventTime: string;
  eventSource: 'kms.amazonaws.com';
  eventName: string;
  awsRegion: string;
  sourceIPAddress: string;
  userIdentity: { type: string; arn: string; accountId: string; invokedBy?: string };
  requestParameters: JsonObject;
  responseElements?: JsonObject | null;
  errorCode?: string;
  errorMessage?: string;
  resources?: { ARN: string; type: 'AWS::KMS::Key' }[];
}

export interface Outcome {
  response: S3Response;
  trace: TraceStep[];
  kmsEvents: AuditEvent[];
  /** The stage (and for authorization the policy and statement) that decided; set by `world.send`. */
  decidedBy?: DecidedBy;
  /** Entries of docs/differences.md this request touched, with their short notes (absent: none). */
  differences?: DifferenceNote[];
}

/** How a caller follows and stops one request (a progress line and a Cancel button). */
export interface SendOptions {
  /** Once aborted, the request stops at the next stage boundary, before S3 stores anything. */
  signal?: AbortSignal;
  /** Called as the request enters each stage of the pipeline. */
  onStage?(stage: TraceStage): void;
  /**
   * Called as the object's bytes are encrypted or decrypted, segment by segment (a PUT, a part, a
   * copy's write, a GET): `done` of `total` plaintext bytes.
   */
  onBytes?(done: number, total: number): void;
}

/**
 * A request its caller cancelled before S3 stored anything (a write) or answered (a read, stopped
 * between segments). There is no response: a client that closes the connection mid-request never
 * reads one. KMS calls already made stay made.
 */
export interface CancelledRequest {
  cancelled: true;
  /** The stage the request stopped before. */
  stage: TraceStage;
  trace: TraceStep[];
  kmsEvents: AuditEvent[];
}

/* ---------- set-up (scenario `setup`) ---------- */

export type SseAlgorithm = 'AES256' | 'aws:kms' | 'aws:kms:dsse';

export interface EncryptionRule {
  ApplyServerSideEncryptionByDefault?: { SSEAlgorithm: SseAlgorithm; KMSMasterKeyID?: string };
  BucketKeyEnabled?: boolean;
  BlockedEncryptionTypes?: { EncryptionType: ('SSE-C' | 'NONE')[] };
}
export interface EncryptionConfiguration {
  Rules: EncryptionRule[];
}

export interface PublicAccessBlockConfiguration {
  BlockPublicAcls: boolean;
  IgnorePublicAcls: boolean;
  BlockPublicPolicy: boolean;
  RestrictPublicBuckets: boolean;
}

export type KeyState = 'Enabled' | 'Disabled' | 'PendingDeletion';

export interface KmsKeySetup {
  id: string;
  alias?: string;
  region?: string;
  /** The account that owns the key (12 digits); absent: the set-up's account. */
  account?: string;
  state?: KeyState;
  policy?: JsonObject;
}

export interface ObjectSetup {
  key: string;
  body?: BodySpec;
  headers?: Record<string, string>;
}

export interface PrincipalSetup {
  arn: string;
  policy?: JsonObject | string;
}

export interface OtherBucketSetup {
  name: string;
  account?: string;
  bucketEncryption?: EncryptionConfiguration;
  versioning?: 'Enabled' | 'Suspended';
  policy?: JsonObject | string;
  objects?: ObjectSetup[];
}

export interface Setup {
  account?: string;
  region?: string;
  bucket?: string;
  bucketEncryption?: EncryptionConfiguration;
  versioning?: 'Enabled' | 'Suspended';
  publicAccessBlock?: PublicAccessBlockConfiguration;
  policy?: JsonObject | string;
  kmsKeys?: KmsKeySetup[];
  kmsRequestsPerSecond?: number;
  objects?: ObjectSetup[];
  principals?: PrincipalSetup[];
  otherBuckets?: OtherBucketSetup[];
}

/** A set-up that S3 itself would refuse (a public policy under Block Public Access, a failed object put, ...). */
export interface SetupProblem {
  path: string;
  message: string;
  diagnostics?: Diagnostic[];
  outcome?: Outcome;
}
