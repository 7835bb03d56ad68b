/**
 * The encryption modes joined: which file makes and opens the key material of each mode.
 * The bytes themselves go through `encryptBytes`/`decryptBytes` (layers.ts).
 */
import { exhaustive, type Result } from '../result.ts';
import { newBucketKeyObjectKey, openBucketKeyObjectKey } from './bucket-key.ts';
import { newDsseKmsKey, openDsseKmsKey } from './dsse-kms.ts';
import { newSseCKey, openSseCKey } from './sse-c.ts';
import { newSseKmsKey, openSseKmsKey } from './sse-kms.ts';
import { newSseS3Key, openSseS3Key } from './sse-s3.ts';
import type { ModeEnv, ModeError, ModeRequest, NewObjectKey, StoredKeyMaterial } from './types.ts';

export { BUCKET_KEY_WINDOW_MS, createBucketKeyCache } from './bucket-key-cache.ts';
export { decryptBytes, encryptBytes, SEGMENT_BYTES, tamperedError } from './layers.ts';

/** PUT, copy target, CreateMultipartUpload: make the object's key material (KMS: GenerateDataKey). */
export function newObjectKey(req: ModeRequest, env: ModeEnv): Promise<Result<NewObjectKey, ModeError>> {
  switch (req.mode) {
    case 'SSE-S3':
      return newSseS3Key(env);
    case 'SSE-KMS':
      return req.bucketKey
        ? newBucketKeyObjectKey(env, req.keyArn, req.context)
        : newSseKmsKey(env, req.keyArn, req.context);
    case 'DSSE-KMS':
      return newDsseKmsKey(env, req.keyArn, req.context);
    case 'SSE-C':
      return newSseCKey(env, req.customerKey, req.keyMd5);
    default:
      return exhaustive(req, 'encryption mode');
  }
}

/**
 * GET, copy source, UploadPart: open the stored key material (KMS: Decrypt). SSE-C compares the
 * salted HMAC of `customerKey` first and answers SseCKeyMismatch before any decryption.
 */
export function openObjectKey(
  stored: StoredKeyMaterial,
  env: ModeEnv,
  customerKey?: Uint8Array,
): Promise<Result<CryptoKey[], ModeError>> {
  switch (stored.mode) {
    case 'SSE-S3':
      return openSseS3Key(stored, env);
    case 'SSE-KMS':
      return stored.bucketKey ? openBucketKeyObjectKey(stored, env) : openSseKmsKey(stored, env);
    case 'DSSE-KMS':
      return openDsseKmsKey(stored, env);
    case 'SSE-C':
      return openSseCKey(stored, customerKey);
    default:
      return exhaustive(stored, 'stored key material');
  }
}
