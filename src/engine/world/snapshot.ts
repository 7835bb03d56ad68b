/**
 * What the UI shows of the world, as plain JSON-ready data: buckets with their configuration,
 * object versions with what S3 stores (first ciphertext bytes, IVs, tags, wrapped keys — for SSE-C
 * only the salted HMAC, never the key), uploads in progress, KMS keys and the audit log.
 */
import { toHex } from '../crypto/bytes.ts';
import type { Kms, KmsKeySnapshot } from '../kms/types.ts';
import { SEGMENT_BYTES } from '../modes/index.ts';
import type { BucketKeySnapshot } from '../modes/types.ts';
import { type DefaultKeyProblem, defaultKeyProblem } from '../s3/default-key-problem.ts';
import type {
  AuditEvent,
  EncryptionConfiguration,
  EncryptionRule,
  JsonValue,
  PublicAccessBlockConfiguration,
} from '../types.ts';
import { reportedRule } from './bucket-defaults.ts';
import type {
  BucketState,
  MultipartUpload,
  ObjectVersion,
  SseApplied,
  StoredPart,
  VersioningStatus,
  WorldState,
} from './types.ts';

/** One stored part (a PUT is one): its ciphertext and its first segment's IVs and tags. */
export interface SegmentSnapshot {
  ciphertextLength: number;
  ciphertextFirstBytesHex: string;
  /** The first segment's layers; every segment has its own IV and tag per layer. */
  layers: { ivHex: string; tagHex: string; tagBytes: number }[];
  /** How many AES-GCM segments (of at most `segmentBytes` each) the part is stored in. */
  segmentCount: number;
  segmentBytes: number;
}

export interface VersionSnapshot {
  versionId: string;
  isLatest: boolean;
  deleteMarker: boolean;
  size: number;
  etag: string;
  lastModified: string;
  contentType: string;
  metadata: Record<string, string>;
  mode?: 'SSE-S3' | 'SSE-KMS' | 'DSSE-KMS' | 'SSE-C';
  keyArn?: string;
  bucketKey: boolean;
  sseApplied?: SseApplied;
  /** The stored key material with bytes as hex (SSE-C: salted HMAC and salt only). */
  keyMaterial?: JsonValue;
  segments: SegmentSnapshot[];
}

export interface UploadSnapshot {
  uploadId: string;
  key: string;
  initiated: string;
  mode: string;
  /** `checksum` as UploadPart stored it, with its algorithm (for the part list of a Complete). */
  parts: {
    partNumber: number;
    size: number;
    etag: string;
    checksum?: { algorithm: string; value: string };
  }[];
}

export interface BucketSnapshot {
  name: string;
  account: string;
  region: string;
  /** As configured; null when never configured (SSE-S3 applies). */
  encryption: EncryptionConfiguration | null;
  /** What GetBucketEncryption reports. */
  effectiveRule: EncryptionRule;
  /** What an upload relying on the default would get from its KMS key alone; null when nothing. */
  defaultKeyProblem: DefaultKeyProblem | null;
  sseCBlocked: boolean;
  versioning: VersioningStatus | null;
  publicAccessBlock: PublicAccessBlockConfiguration | null;
  policyText: string | null;
  objects: { key: string; versions: VersionSnapshot[] }[];
  uploads: UploadSnapshot[];
}

export interface WorldSnapshot {
  account: string;
  region: string;
  bucket: string;
  buckets: BucketSnapshot[];
  kmsKeys: KmsKeySnapshot[];
  auditLog: AuditEvent[];
  /** Older KMS calls the log let go (it keeps the newest MAX_AUDIT_EVENTS). */
  auditEventsDropped: number;
  bucketKeys: BucketKeySnapshot[];
  kmsCallsInWindow: number;
}

/** Bytes become hex so the snapshot is plain JSON. */
function jsonReady(value: unknown): JsonValue {
  if (value instanceof Uint8Array) return toHex(value);
  if (Array.isArray(value)) return value.map(jsonReady);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, jsonReady(inner)]));
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return null;
}

function part(segments: StoredPart): SegmentSnapshot {
  const first = segments[0];
  return {
    ciphertextLength: segments.reduce((n, segment) => n + segment.ciphertext.length, 0),
    ciphertextFirstBytesHex: first ? toHex(first.ciphertext.subarray(0, 32)) : '',
    layers: (first?.layers ?? []).map((layer) => ({
      ivHex: toHex(layer.iv),
      tagHex: toHex(layer.tag),
      tagBytes: layer.tag.length,
    })),
    segmentCount: segments.length,
    segmentBytes: SEGMENT_BYTES,
  };
}

function version(v: ObjectVersion, isLatest: boolean): VersionSnapshot {
  const stored = v.keyMaterial;
  return {
    versionId: v.versionId,
    isLatest,
    deleteMarker: v.deleteMarker,
    size: v.size,
    etag: v.etag,
    lastModified: new Date(v.lastModifiedMs).toISOString(),
    contentType: v.contentType,
    metadata: { ...v.metadata },
    ...(stored ? { mode: stored.mode, keyMaterial: jsonReady(stored) } : {}),
    ...(stored && 'keyArn' in stored ? { keyArn: stored.keyArn } : {}),
    bucketKey: stored?.mode === 'SSE-KMS' && stored.bucketKey,
    ...(v.sseApplied ? { sseApplied: v.sseApplied } : {}),
    segments: v.parts.map(part),
  };
}

/**
 * Snapshots already made, per stored version: a send changes one object, so the next snapshot
 * reuses every other version's (hex conversions are what a snapshot costs). An entry is reused
 * only while the fields a request may change in place (UpdateObjectEncryption: key material and
 * parts) are the same objects.
 */
interface CachedVersion {
  keyMaterial: ObjectVersion['keyMaterial'];
  parts: ObjectVersion['parts'];
  made: { current?: VersionSnapshot; noncurrent?: VersionSnapshot };
}
const versionCache = new WeakMap<ObjectVersion, CachedVersion>();

function cachedVersion(v: ObjectVersion, isLatest: boolean): VersionSnapshot {
  let entry = versionCache.get(v);
  if (!entry || entry.keyMaterial !== v.keyMaterial || entry.parts !== v.parts) {
    entry = { keyMaterial: v.keyMaterial, parts: v.parts, made: {} };
    versionCache.set(v, entry);
  }
  const slot = isLatest ? 'current' : 'noncurrent';
  entry.made[slot] ??= version(v, isLatest);
  return entry.made[slot];
}

function upload(u: MultipartUpload): UploadSnapshot {
  return {
    uploadId: u.uploadId,
    key: u.key,
    initiated: new Date(u.initiatedMs).toISOString(),
    mode: u.keyMaterial.mode,
    parts: [...u.parts.values()].map((p) => ({
      partNumber: p.partNumber,
      size: p.size,
      etag: p.etag,
      ...(p.checksum ? { checksum: { algorithm: p.checksum.algorithm, value: p.checksum.value } } : {}),
    })),
  };
}

function bucket(b: BucketState, kms: Kms): BucketSnapshot {
  return {
    name: b.name,
    account: b.account,
    region: b.region,
    encryption: b.encryption ?? null,
    effectiveRule: reportedRule(b),
    defaultKeyProblem: defaultKeyProblem(kms, b),
    sseCBlocked: b.sseCBlocked,
    versioning: b.versioning ?? null,
    publicAccessBlock: b.publicAccessBlock ?? null,
    policyText: b.policyText ?? null,
    objects: [...b.objects.entries()].map(([key, versions]) => ({
      key,
      versions: versions.map((v, index) => cachedVersion(v, index === versions.length - 1)).reverse(),
    })),
    uploads: [...b.uploads.values()].map(upload),
  };
}

export function snapshot(world: WorldState): WorldSnapshot {
  const now = world.deps.now();
  return {
    account: world.account,
    region: world.region,
    bucket: world.bucket,
    buckets: [...world.buckets.values()].map((b) => bucket(b, world.kms)),
    kmsKeys: world.kms.listKeys(),
    auditLog: world.kms.auditLog(),
    auditEventsDropped: world.kms.auditEventsDropped(),
    bucketKeys: world.bucketKeys.snapshot(now),
    kmsCallsInWindow: world.kms.callsInWindow(),
  };
}
