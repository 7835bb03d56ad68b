/**
 * Server-side encryption modes as plain data. Key material (what S3 stores next to the object)
 * is separate from the encrypted bytes, so the parts of a multipart upload all use the upload's
 * data keys, each part with its own IV.
 */

import type { SealedBytes } from '../crypto/aes-gcm.ts';
import type { EngineDeps } from '../deps.ts';
import type { Kms, KmsError } from '../kms/types.ts';
import type { ServiceSource } from '../policy/context/types.ts';
import type { Result } from '../result.ts';

export type ModeName = 'SSE-S3' | 'SSE-KMS' | 'DSSE-KMS' | 'SSE-C';

export type ModeRequest =
  | { mode: 'SSE-S3' }
  | { mode: 'SSE-KMS'; keyArn: string; bucketKey: boolean; context: Record<string, string> }
  | { mode: 'DSSE-KMS'; keyArn: string; context: Record<string, string> }
  | { mode: 'SSE-C'; customerKey: Uint8Array<ArrayBuffer>; keyMd5: string };

export interface ModeEnv {
  kms: Kms;
  deps: EngineDeps;
  /** The S3-owned root key: non-extractable, held by the world, never shown. */
  s3RootKey: CryptoKey;
  bucketArn: string;
  objectArn: string;
  principalArn: string;
  /** For a service principal: what it acts for (aws:SourceArn, aws:SourceAccount). */
  source?: ServiceSource;
  sourceIp: string;
  bucketKeys: BucketKeyCache;
}

/** A data key wrapped by KMS: the blob and the encryption context Decrypt must be given. */
export interface KmsWrappedKey {
  keyArn: string;
  ciphertextBlob: Uint8Array<ArrayBuffer>;
  encryptionContext: Record<string, string>;
}

/** What S3 keeps next to an object so it can decrypt it later. Never holds an SSE-C key. */
export type StoredKeyMaterial =
  | { mode: 'SSE-S3'; wrappedKey: SealedBytes }
  | { mode: 'SSE-KMS'; bucketKey: false; keyArn: string; wrappedKey: KmsWrappedKey }
  | {
      mode: 'SSE-KMS';
      bucketKey: true;
      keyArn: string;
      /** The bucket key's blob; its context names the bucket ARN (spec §2.4). */
      wrappedBucketKey: KmsWrappedKey;
      /** HKDF salt that makes this object's data key from the bucket key. */
      salt: Uint8Array<ArrayBuffer>;
      /** The object's context as S3 reports it (x-amz-server-side-encryption-context). */
      encryptionContext: Record<string, string>;
    }
  | { mode: 'DSSE-KMS'; keyArn: string; layers: [KmsWrappedKey, KmsWrappedKey] }
  | {
      mode: 'SSE-C';
      /** base64 MD5 of the customer key (returned in x-amz-server-side-encryption-customer-key-MD5). */
      keyMd5: string;
      /** HMAC-SHA-256(salt, customer key): lets S3 refuse a wrong key before decrypting. */
      keyHmac: Uint8Array<ArrayBuffer>;
      salt: Uint8Array<ArrayBuffer>;
    };

/** What newObjectKey returns: the material to store and the data keys that encrypt the bytes. */
export interface NewObjectKey {
  stored: StoredKeyMaterial;
  dataKeys: CryptoKey[];
}

/**
 * One stored segment: at most `SEGMENT_BYTES` of plaintext under one AES-GCM layer per data key,
 * in the order applied (DSSE: two). A part (a single PUT is one part) is a list of segments.
 */
export interface StoredCiphertext {
  /** The outermost layer's ciphertext, tags split off. */
  ciphertext: Uint8Array<ArrayBuffer>;
  layers: { iv: Uint8Array<ArrayBuffer>; tag: Uint8Array<ArrayBuffer> }[];
}

/**
 * Where a segment belongs. Bound into each segment's AES-GCM additional data with the segment's
 * index and the part's segment count, so a segment moved, dropped, duplicated or swapped in from
 * another object fails authentication like a changed byte (docs/differences.md#ciphertext-bound-to-its-place).
 */
export interface SegmentPlace {
  bucket: string;
  key: string;
  /** The version id of a PUT or copy; the upload id for the parts of a multipart upload. */
  objectId: string;
  /** 1 for a PUT or copy; the part number of a part. */
  partNumber: number;
}

/**
 * `SseCKeyMismatch`: S3's 403 for a wrong SSE-C key; `InvalidCustomerKey`: an SSE-C key that is not
 * 32 bytes; `Tampered`: stored bytes, IV, tag or wrapped key fail authentication.
 */
export type ModeError =
  | KmsError
  | { code: 'SseCKeyMismatch' | 'InvalidCustomerKey' | 'Tampered'; message: string };

/** A bucket key as the UI shows it. */
export interface BucketKeySnapshot {
  bucketArn: string;
  principalArn: string;
  keyArn: string;
  /** 'write': from GenerateDataKey; 'read': a blob opened with Decrypt. */
  use: BucketKeySlot['use'];
  createdMs: number;
  expiresMs: number;
}

/** Where a bucket key is filed: writes by (bucket, requester, KMS key); reads by (blob, requester). */
export type BucketKeySlot =
  | { use: 'write'; bucketArn: string; principalArn: string; keyArn: string }
  | {
      use: 'read';
      bucketArn: string;
      principalArn: string;
      keyArn: string;
      /** Names one wrapped bucket key: its blob (base64) and its encryption context. */
      wrappedKeyId: string;
    };

/** A bucket key in the cache: an HKDF base key (non-extractable) and its KMS blob. */
export interface CachedBucketKey {
  baseKey: CryptoKey;
  wrapped: KmsWrappedKey;
}

/**
 * Bucket keys S3 holds for a time window: one per (bucket, requester, KMS key) for writes, and one
 * per (wrapped key, requester) for reads, so repeated requests in the window make no new KMS call.
 * Made by `createBucketKeyCache()` (modes/bucket-key-cache.ts), one per world.
 */
export interface BucketKeyCache {
  readonly windowMs: number;
  /**
   * The live bucket key of a slot, or the one `make` returns (remembered only when it succeeds).
   * Concurrent requests for the same slot share one `make` call. A held key for which `usable`
   * answers false is dropped first, so `make` calls KMS again.
   */
  obtain(
    slot: BucketKeySlot,
    nowMs: number,
    make: () => Promise<Result<CachedBucketKey, ModeError>>,
    usable?: () => boolean,
  ): Promise<Result<CachedBucketKey, ModeError>>;
  snapshot(nowMs: number): BucketKeySnapshot[];
  /** Forgets every bucket key (the KMS panel's "expire bucket keys"). */
  clear(): void;
  /** An independent copy holding the same live keys (a forked world's cache). */
  fork(): BucketKeyCache;
}
