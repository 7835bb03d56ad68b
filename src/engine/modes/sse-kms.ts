/**
 * SSE-KMS without a bucket key: one GenerateDataKey per object, context
 * `{"aws:s3:arn": <object ARN>, ...client pairs}`; a read calls Decrypt with the stored context,
 * so a changed context or a disabled key really fails (spec §2.4, §2.5).
 */
import { ok, type Result } from '../result.ts';
import { decryptKmsDataKey, generateKmsDataKey, s3EncryptionContext, toAesKey } from './kms-data-key.ts';
import type { ModeEnv, ModeError, NewObjectKey, StoredKeyMaterial } from './types.ts';

type SseKmsStored = Extract<StoredKeyMaterial, { mode: 'SSE-KMS'; bucketKey: false }>;

export async function newSseKmsKey(
  env: ModeEnv,
  keyArn: string,
  supplied: Record<string, string>,
): Promise<Result<NewObjectKey, ModeError>> {
  const generated = await generateKmsDataKey(env, keyArn, s3EncryptionContext(env.objectArn, supplied));
  if (!generated.ok) return generated;
  const { raw, wrapped } = generated.value;
  const stored: SseKmsStored = {
    mode: 'SSE-KMS',
    bucketKey: false,
    keyArn: wrapped.keyArn,
    wrappedKey: wrapped,
  };
  return ok({ stored, dataKeys: [await toAesKey(raw)] });
}

export async function openSseKmsKey(
  stored: SseKmsStored,
  env: ModeEnv,
): Promise<Result<CryptoKey[], ModeError>> {
  const raw = await decryptKmsDataKey(env, stored.wrappedKey);
  return raw.ok ? ok([await toAesKey(raw.value)]) : raw;
}
