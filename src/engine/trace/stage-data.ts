/**
 * What each pipeline stage records in its trace step's `data` (DESIGN.md "A typed trace"). Every
 * field is documented data: the UI renders it as it is and never recomputes a decision. All values
 * are plain data (strings, numbers, booleans, arrays and objects of them), so an outcome crosses a
 * worker boundary or a JSON file unchanged.
 */
import type { VpcEndpoint } from '../network/vpc-endpoint.ts';
import type { Authorization } from '../policy/authorize/types.ts';
import type { JsonObject, JsonValue, Operation, SignatureKind, SseAlgorithm } from '../types.ts';

/** The mode names of DESIGN.md "How each mode really encrypts". */
export type TraceMode = 'SSE-S3' | 'SSE-KMS' | 'DSSE-KMS' | 'SSE-C';

/** What every failing step adds to its stage's data (the answer it caused, and what would change it). */
export type FailureFields = {
  /** What the user can change to get another answer; also the end of the step's `detail`. */
  remedy?: string;
  /** The HTTP status S3 answered with. */
  status?: number;
  /** S3's (or KMS's) error code. */
  errorCode?: string;
};

/** Stage 1: which operation, bucket and object the request names. */
export type RouteData = FailureFields & {
  /** The operation as sent (an operation the simulator does not know is recorded too). */
  operation: Operation | string;
  bucket?: string;
  key?: string;
  /** The account that owns the bucket. */
  bucketAccount?: string;
  query?: Record<string, string>;
  /** The object key's length in UTF-8 bytes, when it is too long. */
  keyBytes?: number;
  /** The JSON input of a KMS side operation, as sent. */
  input?: JsonObject;
};

/** A copy source as `x-amz-copy-source` named it. */
export type CopySourceData = { bucket: string; key: string; versionId?: string };

/** Stage 2: the encryption headers as S3 parsed them, or the header it refused. */
export type HeadersData = FailureFields & {
  /** The header at fault, on a failure. */
  header?: string;
  /** That header's value as sent. */
  sent?: string;
  /** `x-amz-server-side-encryption` as sent. */
  sse?: SseAlgorithm;
  kmsKeyId?: string;
  /** The decoded `x-amz-server-side-encryption-context`. */
  encryptionContext?: Record<string, string>;
  /** `x-amz-server-side-encryption-bucket-key-enabled` as sent. */
  bucketKeyHeader?: boolean;
  customerKeyMd5?: string;
  copySource?: CopySourceData;
  copySourceCustomerKeyMd5?: string;
};

/** Stage 3: HTTPS, TLS, signature and its age, and whether SSE-C or KMS made them mandatory. */
export type TransportData = FailureFields & {
  https?: boolean;
  signature?: SignatureKind;
  tlsVersion?: string;
  /** The request carries a customer key (so it needs HTTPS). */
  sseC?: boolean;
  /** Why S3 will call KMS for this request (so it needs HTTPS and SigV4), or null. */
  kms?: string | null;
  /** A presigned URL's X-Amz-Expires, in seconds. */
  expiresSeconds?: number;
  /** The gateway VPC endpoint the request came through (absent: from the internet). */
  vpcEndpoint?: VpcEndpoint;
  /** How old the signature was when S3 received it. */
  signatureAgeMs?: number;
  /** A browser POST policy's expiration, as written. */
  expiration?: string;
  /** The POST policy condition the form did not meet. */
  condition?: JsonValue;
  /** A form field the POST policy does not cover. */
  extra?: JsonValue;
};

/** One authorization check: the action on one resource under the bucket's and the caller's policies. */
export type AuthorizationCheckData = {
  action: string;
  resource: string;
  principal: string;
  decision: Authorization['decision'];
  /** Which document decided (`Authorization.decidedBy`). */
  decidedBy: Authorization['decidedBy'];
  publicGrantIgnored: boolean;
  /** The request context the policies saw: key name → values. */
  context: Record<string, string[]>;
  evaluation: Authorization;
};

/** Stage 4: the request's check, a copy's check of its source, or a wrong expected bucket owner. */
export type AuthorizationData = FailureFields &
  Partial<AuthorizationCheckData> & {
    /** A copy's s3:GetObject check on its source. */
    copySource?: AuthorizationCheckData;
    /** The statement that decided a denial, with its conditions. */
    decidingStatement?: JsonObject;
    expectedBucketOwner?: string;
    bucketOwner?: string;
  };

/** Stage 5: the bucket's SSE-C block against the request's use of SSE-C. */
export type BlockedEncryptionData = FailureFields & { sseCBlocked: boolean; requestUsesSseC: boolean };

/** A stored object or source as a read or a copy found it. */
export type StoredObjectData = {
  bucket: string;
  key: string;
  versionId: string;
  mode: TraceMode | null;
  keyArn?: string;
  bucketKey?: boolean;
  customerKeyMd5?: string;
};

/** Stage 6: the encryption that applies and who chose it, or the object, upload or source found. */
export type EncryptionChoiceData = FailureFields &
  Partial<StoredObjectData> & {
    /** CloudTrail's `SSEApplied`: `Default_…` when the bucket default chose. */
    sseApplied?: string;
    /** The header or bucket default that decided, in its own words. */
    chosenBy?: string;
    kmsKey?: string;
    bucketKeyFrom?: string;
    encryptionContext?: Record<string, string>;
    source?: StoredObjectData;
    uploadId?: string;
    uploadMode?: TraceMode;
    parts?: number;
    partsCount?: number;
    sent?: string;
    sourceSize?: number;
    uploadKeyMd5?: string;
    sentKeyMd5?: string;
    partKeyMd5?: string;
    /** How an upload already ended ("completed" or "aborted"). */
    finished?: string;
    etag?: string;
    /** Conditional-request headers S3 evaluated, and the one that decided. */
    conditions?: JsonValue;
    condition?: string;
    uploadChecksumAlgorithm?: string;
    sentChecksumAlgorithm?: string;
    /** The s3:ListBucket check of a read that found no object: without it, 403 rather than 404. */
    listBucket?: AuthorizationCheckData;
  };

/** One KMS call S3 made: under which key, for which object, with which encryption context. */
export type KmsCallData = {
  keyArn: string;
  /** The key as the request or the bucket default named it. */
  requested?: string;
  object?: string;
  bucketKey?: boolean;
  encryptionContext?: JsonValue;
  /** An S3 Bucket Key S3 already held served the read: no call was made. */
  bucketKeyCacheHit?: boolean;
};

/** Stage 7: the KMS calls S3 made on the requester's behalf, or KMS's refusal. */
export type KmsData = FailureFields & {
  generateDataKey?: KmsCallData;
  decrypt?: KmsCallData;
  uploadDecrypt?: KmsCallData;
  /** The audit-log event names of this request, in order. */
  kmsCalls?: string[];
  /** The KMS call that failed, its key and encryption context (from the audit event). */
  failedCall?: string;
  keyArn?: string;
  encryptionContext?: JsonValue;
  kmsErrorCode?: string;
  /** The key policy's evaluation, when KMS denied. */
  kmsAuthorization?: JsonValue;
};

/** A wrapped data key as S3 stores it (first bytes only). */
export type WrappedKeyData = {
  label: string;
  wrappedBy: string;
  encryptionContext?: Record<string, string>;
  firstBytesHex: string;
  length: number;
};

/** Stage 8 for object operations: the key chain and the ciphertext, or how a read opened the key. */
export type CryptoData = FailureFields & {
  mode?: TraceMode;
  keyArn?: string;
  encryptionContext?: JsonValue;
  bucketKey?: boolean;
  dataKey?: { source: string; bytes: number; saltHex?: string };
  wrappedKeys?: WrappedKeyData[];
  customerKey?: { used: boolean; keyMd5: string; stored: string; hmacFirstBytesHex: string };
  ciphertext?: { firstBytesHex: string; length: number };
  ciphertextFirstBytesHex?: string;
  /** AES-GCM layers: 2 for DSSE-KMS. */
  layers?: number;
  ivHex?: string[];
  ivBytes?: number;
  tagHex?: string[];
  tagBytes?: number;
  /** How a read opened the data key. */
  openedWith?: string;
  hmacMatch?: boolean;
  customerKeyMd5?: string;
  kmsDecryptCalls?: number;
  /** Segments the data is encrypted in, each with its own IVs and tags, and their size. */
  segments?: number;
  segmentBytes?: number;
  tagVerified?: boolean;
  /** The digests S3 compared with the body (Content-MD5, a checksum), and the checksum stored. */
  compared?: string[];
  checksum?: JsonValue;
  partNumber?: number;
  parts?: number;
  uploadId?: string;
  etag?: string;
  size?: number;
  versionId?: string;
  deleteMarker?: boolean;
};

/** Stage 8 for bucket-level operations: what S3 stored in the bucket's configuration. */
export type BucketData = FailureFields & {
  /** The configuration stored (encryption or Block Public Access). */
  configuration?: JsonValue;
  sseCBlocked?: boolean;
  /** The statements that make a policy public (Block Public Access). */
  publicStatements?: JsonValue;
};

/** Stage 9: the status and headers S3 sent, or its error. */
export type ResponseData = FailureFields & {
  message?: string;
  /** Other children of S3's <Error>. */
  fields?: Record<string, string>;
  headers?: Record<string, string>;
};
