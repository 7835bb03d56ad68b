/**
 * SSE-S3: a fresh data key per object, wrapped (AES-256-GCM) by the S3-owned root key the world
 * holds as a non-extractable CryptoKey. Nobody, the UI included, can read the root key.
 */
import {
  AES_KEY_BYTES,
  aesGcmDecrypt,
  aesGcmEncrypt,
  GCM_IV_BYTES,
  importAesKey,
} from '../crypto/aes-gcm.ts';
import { err, ok, type Result } from '../result.ts';
import { TAMPERED_MESSAGE } from './layers.ts';
import type { ModeEnv, ModeError, NewObjectKey, StoredKeyMaterial } from './types.ts';

type SseS3Stored = Extract<StoredKeyMaterial, { mode: 'SSE-S3' }>;

export async function newSseS3Key(env: ModeEnv): Promise<Result<NewObjectKey, ModeError>> {
  const raw = env.deps.randomBytes(AES_KEY_BYTES);
  const wrappedKey = await aesGcmEncrypt(env.s3RootKey, env.deps.randomBytes(GCM_IV_BYTES), raw);
  const dataKey = await importAesKey(raw);
  raw.fill(0);
  return ok({ stored: { mode: 'SSE-S3', wrappedKey }, dataKeys: [dataKey] });
}

export async function openSseS3Key(
  stored: SseS3Stored,
  env: ModeEnv,
): Promise<Result<CryptoKey[], ModeError>> {
  const raw = await aesGcmDecrypt(env.s3RootKey, stored.wrappedKey);
  if (!raw || raw.length !== AES_KEY_BYTES) return err({ code: 'Tampered', message: TAMPERED_MESSAGE });
  const dataKey = await importAesKey(raw);
  raw.fill(0);
  return ok([dataKey]);
}
