/** Data keys from KMS for the KMS modes: GenerateDataKey on write, Decrypt on read. */
import { importAesKey } from '../crypto/aes-gcm.ts';
import type { KmsError } from '../kms/types.ts';
import { ok, type Result } from '../result.ts';
import type { KmsWrappedKey, ModeEnv } from './types.ts';

/** `{"aws:s3:arn": <arn>}` first, then the pairs the client supplied (spec §2.4). */
export function s3EncryptionContext(arn: string, supplied: Record<string, string>): Record<string, string> {
  const context: Record<string, string> = { 'aws:s3:arn': arn };
  for (const [k, v] of Object.entries(supplied)) if (k !== 'aws:s3:arn') context[k] = v;
  return context;
}

/** GenerateDataKey, returning the raw data key (the caller imports and zeroes it) and its blob. */
export async function generateKmsDataKey(
  env: ModeEnv,
  keyArn: string,
  encryptionContext: Record<string, string>,
): Promise<Result<{ raw: Uint8Array<ArrayBuffer>; wrapped: KmsWrappedKey }, KmsError>> {
  const generated = await env.kms.generateDataKey({
    keyArn,
    encryptionContext,
    principalArn: env.principalArn,
    ...(env.source ? { source: env.source } : {}),
    sourceIp: env.sourceIp,
  });
  if (!generated.ok) return generated;
  const { plaintextKey, ciphertextBlob } = generated.value;
  return ok({
    raw: plaintextKey,
    wrapped: { keyArn: generated.value.keyArn, ciphertextBlob, encryptionContext },
  });
}

export async function decryptKmsDataKey(
  env: ModeEnv,
  wrapped: KmsWrappedKey,
): Promise<Result<Uint8Array<ArrayBuffer>, KmsError>> {
  const opened = await env.kms.decrypt({
    ciphertextBlob: wrapped.ciphertextBlob,
    encryptionContext: wrapped.encryptionContext,
    principalArn: env.principalArn,
    ...(env.source ? { source: env.source } : {}),
    sourceIp: env.sourceIp,
  });
  return opened.ok ? ok(opened.value.plaintextKey) : opened;
}

/** Imports a raw data key as a non-extractable AES key and wipes the raw bytes. */
export async function toAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const key = await importAesKey(raw);
  raw.fill(0);
  return key;
}
