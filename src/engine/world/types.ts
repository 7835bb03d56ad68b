/**
 * The simulated S3 world's state: buckets with their configuration, object versions as S3 stores
 * them (ciphertext and key material, never an SSE-C key), multipart uploads in progress, IAM
 * principals, and the KMS.
 */
import type { ChecksumAlgorithm } from '../crypto/checksums.ts';
import type { EngineDeps } from '../deps.ts';
import type { Kms } from '../kms/types.ts';
import type { BucketKeyCache, StoredCiphertext, StoredKeyMaterial } from '../modes/types.ts';
import type { Policy } from '../policy/types.ts';
import type { EncryptionConfiguration, ObjectSetup, PublicAccessBlockConfiguration } from '../types.ts';

export type VersioningStatus = 'Enabled' | 'Suspended';

/** How the write chose its encryption, in CloudTrail's `SSEApplied` words (spec §1.1). */
export type SseApplied = 'Default_SSE_S3' | 'Default_SSE_KMS' | 'SSE_S3' | 'SSE_KMS' | 'SSE_C';

/** What S3 keeps of an object's or a part's checksum, and returns with x-amz-checksum-mode. */
export interface StoredChecksum {
  algorithm: ChecksumAlgorithm;
  /** Base64; a composite multipart checksum ends in `-N`. */
  value: string;
  type: 'FULL_OBJECT' | 'COMPOSITE';
}

/**
 * S3's own CRC64NVME of an upload that named no checksum, not yet computed. S3 computes it as it
 * stores the object, but nothing shows its value except a whole read with
 * x-amz-checksum-mode: ENABLED, so the simulator computes it from the stored object at the first
 * such read and keeps it. The answers are the same; a PutObject does a third less work.
 */
export interface PendingChecksum {
  algorithm: 'CRC64NVME';
  type: 'FULL_OBJECT';
  pending: true;
}

export interface ObjectVersion {
  key: string;
  /** `null` is the version id S3 gives objects written while versioning was never enabled or suspended. */
  versionId: string;
  deleteMarker: boolean;
  lastModifiedMs: number;
  /** Quoted, as in the ETag header. */
  etag: string;
  size: number;
  contentType: string;
  /** User metadata, lower-case `x-amz-meta-*` names, values byte for byte. */
  metadata: Record<string, string>;
  /** Absent on delete markers. */
  keyMaterial?: StoredKeyMaterial;
  /** The stored parts (a single PUT or copy is one part), each in encrypted segments. */
  parts: StoredPart[];
  /**
   * The part numbers S3 recorded at completion, in order (`[1]` for a PUT or copy). A read binds
   * part i's segments to `partNumbers[i]`, so moved, dropped or repeated parts fail authentication.
   */
  partNumbers: number[];
  partSizes: number[];
  /** Completed from a multipart upload: the ETag carries `-N` and `partNumber` reads work per part. */
  multipart: boolean;
  /** The upload a multipart object was completed from: its parts' segments are bound to it. */
  uploadId?: string;
  sseApplied?: SseApplied;
  /** `x-amz-server-side-encryption-context` as the writer supplied it. */
  contextHeader?: string;
  /**
   * Over the plaintext, whatever the encryption (UG "Checking object integrity"); S3's own
   * CRC64NVME is pending until a read first asks for it (s3/integrity/default-checksum.ts).
   */
  checksum?: StoredChecksum | PendingChecksum;
  /** Per part, for a multipart object whose upload named a checksum algorithm. */
  partChecksums?: StoredChecksum[];
}

/** One part as stored: its encrypted segments, in order. */
export type StoredPart = StoredCiphertext[];

export interface UploadedPart {
  partNumber: number;
  segments: StoredPart;
  etag: string;
  size: number;
  lastModifiedMs: number;
  /** The 16 bytes the part's ETag shows: an MD5 of the data for SSE-S3, opaque otherwise. */
  digest: Uint8Array;
  checksum?: StoredChecksum;
}

export interface MultipartUpload {
  uploadId: string;
  key: string;
  initiatedMs: number;
  keyMaterial: StoredKeyMaterial;
  sseApplied: SseApplied;
  contentType: string;
  metadata: Record<string, string>;
  contextHeader?: string;
  parts: Map<number, UploadedPart>;
  /** x-amz-checksum-algorithm of CreateMultipartUpload: every part must carry it. */
  checksumAlgorithm?: ChecksumAlgorithm;
  /**
   * With an algorithm: FULL_OBJECT (the object's checksum is the CRC of all its bytes, combined
   * from the parts') or COMPOSITE (the checksum of the parts' checksums, then `-N`).
   */
  checksumType?: StoredChecksum['type'];
  /** The key was written or deleted while this upload was in flight (a conditional Complete conflicts). */
  keyChangedDuringUpload?: boolean;
}

/** An upload that was completed or aborted, as S3 still answers for it for a while. */
export interface FinishedUpload {
  uploadId: string;
  key: string;
  finishedMs: number;
  how: 'completed' | 'aborted';
  /** For a completed upload: the part numbers and ETags it was completed with, and its answer. */
  parts?: { partNumber: number; etag: string }[];
  result?: { etag: string; versionId: string; location: string; checksum?: StoredChecksum };
}

export interface BucketState {
  name: string;
  account: string;
  region: string;
  /** The configuration PutBucketEncryption (or the set-up) gave; undefined: never configured. */
  encryption?: EncryptionConfiguration;
  /** Whether SSE-C writes are refused (spec §1.3): on for every bucket created since April 2026. */
  sseCBlocked: boolean;
  versioning?: VersioningStatus;
  /** Undefined after DeletePublicAccessBlock. */
  publicAccessBlock?: PublicAccessBlockConfiguration;
  policyText?: string;
  policy?: Policy;
  /** Versions per key, oldest first; the last one is the current version. */
  objects: Map<string, ObjectVersion[]>;
  uploads: Map<string, MultipartUpload>;
  /** Uploads completed or aborted (a retried Complete or a late Abort is answered from here). */
  finishedUploads?: Map<string, FinishedUpload>;
}

export interface PrincipalState {
  arn: string;
  account: string;
  policyText?: string;
  policy?: Policy;
}

export interface WorldState {
  account: string;
  region: string;
  bucket: string;
  buckets: Map<string, BucketState>;
  principals: Map<string, PrincipalState>;
  kms: Kms;
  deps: EngineDeps;
  /** The S3-owned root key that wraps SSE-S3 data keys: non-extractable. */
  s3RootKey: CryptoKey;
  bucketKeys: BucketKeyCache;
  /** The objects the set-up declared, by bucket, as declared (exportSetup rebuilds with them). */
  setupObjects?: Map<string, ObjectSetup[]>;
}

export const ALL_BLOCKED: PublicAccessBlockConfiguration = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
};

/** With Block Public Access deleted, nothing is blocked. */
export const NONE_BLOCKED: PublicAccessBlockConfiguration = {
  BlockPublicAcls: false,
  IgnorePublicAcls: false,
  BlockPublicPolicy: false,
  RestrictPublicBuckets: false,
};

export const bucketArn = (bucket: string) => `arn:aws:s3:::${bucket}`;
export const objectArn = (bucket: string, key: string) => `arn:aws:s3:::${bucket}/${key}`;
export const rootArn = (account: string) => `arn:aws:iam::${account}:root`;
