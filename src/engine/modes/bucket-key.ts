/**
 * SSE-KMS with an S3 Bucket Key (spec §2.9). One GenerateDataKey per (bucket, requester, KMS key)
 * per window, with the bucket ARN as encryption context; each object's data key is derived from
 * the bucket key with HKDF-SHA-256 and a random per-object salt. A read Decrypts the bucket key's
 * blob once per (blob, requester) per window; later reads in the window make no KMS call.
 *
 * Key state: the KMS Developer Guide says a disabled key's effect on data keys "is delayed until
 * the KMS key is used again" (unusable-kms-keys.md), and leaves it to each service; the S3 User
 * Guide (bucket-key.md) says only that a bucket key is used "for a limited time period". AWS does
 * not document whether S3 keeps using a held bucket key after DisableKey or ScheduleKeyDeletion, so
 * the simulator takes the safe side (docs/differences.md#bucket-key-after-key-disabled): a bucket key whose KMS key is no longer
 * Enabled is dropped at once, and the request calls KMS, which refuses as it would without one.
 */
import { AES_KEY_BYTES } from '../crypto/aes-gcm.ts';
import { utf8 } from '../crypto/bytes.ts';
import { deriveAesKey, importHkdfKey } from '../crypto/hkdf.ts';
import { ok, type Result } from '../result.ts';
import { wrappedKeyId } from './bucket-key-cache.ts';
import { decryptKmsDataKey, generateKmsDataKey, s3EncryptionContext } from './kms-data-key.ts';
import type {
  BucketKeySlot,
  CachedBucketKey,
  ModeEnv,
  ModeError,
  NewObjectKey,
  StoredKeyMaterial,
} from './types.ts';

type BucketKeyStored = Extract<StoredKeyMaterial, { mode: 'SSE-KMS'; bucketKey: true }>;

/** Whether S3 may keep using a bucket key held under `keyArn` (see the note above). */
const stillEnabled = (env: ModeEnv, keyArn: string) => () => env.kms.keyState(keyArn) === 'Enabled';

/** HKDF info label: what the derived key is for. */
const OBJECT_KEY_INFO = utf8('s3 bucket key: object data key');

async function cacheable(
  raw: Uint8Array<ArrayBuffer>,
  wrapped: CachedBucketKey['wrapped'],
): Promise<CachedBucketKey> {
  const baseKey = await importHkdfKey(raw);
  raw.fill(0);
  return { baseKey, wrapped };
}

function bucketKeyForWrite(env: ModeEnv, keyArn: string): Promise<Result<CachedBucketKey, ModeError>> {
  const slot: BucketKeySlot = {
    use: 'write',
    bucketArn: env.bucketArn,
    principalArn: env.principalArn,
    ...(env.source ? { source: env.source } : {}),
    keyArn,
  };
  return env.bucketKeys.obtain(
    slot,
    env.deps.now(),
    async () => {
      const generated = await generateKmsDataKey(env, keyArn, s3EncryptionContext(env.bucketArn, {}));
      return generated.ok ? ok(await cacheable(generated.value.raw, generated.value.wrapped)) : generated;
    },
    stillEnabled(env, keyArn),
  );
}

export async function newBucketKeyObjectKey(
  env: ModeEnv,
  keyArn: string,
  supplied: Record<string, string>,
): Promise<Result<NewObjectKey, ModeError>> {
  const bucketKey = await bucketKeyForWrite(env, keyArn);
  if (!bucketKey.ok) return bucketKey;
  const salt = env.deps.randomBytes(AES_KEY_BYTES);
  const stored: BucketKeyStored = {
    mode: 'SSE-KMS',
    bucketKey: true,
    keyArn: bucketKey.value.wrapped.keyArn,
    wrappedBucketKey: bucketKey.value.wrapped,
    salt,
    encryptionContext: s3EncryptionContext(env.bucketArn, supplied),
  };
  return ok({ stored, dataKeys: [await deriveAesKey(bucketKey.value.baseKey, salt, OBJECT_KEY_INFO)] });
}

export async function openBucketKeyObjectKey(
  stored: BucketKeyStored,
  env: ModeEnv,
): Promise<Result<CryptoKey[], ModeError>> {
  const wrapped = stored.wrappedBucketKey;
  const slot: BucketKeySlot = {
    use: 'read',
    bucketArn: env.bucketArn,
    principalArn: env.principalArn,
    ...(env.source ? { source: env.source } : {}),
    keyArn: stored.keyArn,
    wrappedKeyId: wrappedKeyId(wrapped),
  };
  const entry = await env.bucketKeys.obtain(
    slot,
    env.deps.now(),
    async () => {
      const raw = await decryptKmsDataKey(env, wrapped);
      return raw.ok ? ok(await cacheable(raw.value, wrapped)) : raw;
    },
    stillEnabled(env, stored.keyArn),
  );
  if (!entry.ok) return entry;
  return ok([await deriveAesKey(entry.value.baseKey, stored.salt, OBJECT_KEY_INFO)]);
}
