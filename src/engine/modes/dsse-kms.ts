/**
 * DSSE-KMS: two independent AES-256-GCM layers, each with its own KMS data key (two
 * GenerateDataKey calls on write, two Decrypt calls on read). S3 Bucket Keys are not applied even
 * when requested (spec §3: accepted and silently not applied).
 */
import { ok, type Result } from '../result.ts';
import { decryptKmsDataKey, generateKmsDataKey, s3EncryptionContext, toAesKey } from './kms-data-key.ts';
import type { KmsWrappedKey, ModeEnv, ModeError, NewObjectKey, StoredKeyMaterial } from './types.ts';

type DsseStored = Extract<StoredKeyMaterial, { mode: 'DSSE-KMS' }>;

export async function newDsseKmsKey(
  env: ModeEnv,
  keyArn: string,
  supplied: Record<string, string>,
): Promise<Result<NewObjectKey, ModeError>> {
  const context = s3EncryptionContext(env.objectArn, supplied);
  const layers: KmsWrappedKey[] = [];
  const dataKeys: CryptoKey[] = [];
  for (let layer = 0; layer < 2; layer++) {
    const generated = await generateKmsDataKey(env, keyArn, context);
    if (!generated.ok) return generated;
    layers.push(generated.value.wrapped);
    dataKeys.push(await toAesKey(generated.value.raw));
  }
  const [first, second] = layers as [KmsWrappedKey, KmsWrappedKey];
  const stored: DsseStored = { mode: 'DSSE-KMS', keyArn: first.keyArn, layers: [first, second] };
  return ok({ stored, dataKeys });
}

export async function openDsseKmsKey(
  stored: DsseStored,
  env: ModeEnv,
): Promise<Result<CryptoKey[], ModeError>> {
  const dataKeys: CryptoKey[] = [];
  for (const wrapped of stored.layers) {
    const raw = await decryptKmsDataKey(env, wrapped);
    if (!raw.ok) return raw;
    dataKeys.push(await toAesKey(raw.value));
  }
  return ok(dataKeys);
}
