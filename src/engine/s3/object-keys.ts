/**
 * The S3 side of the encryption modes: builds the mode environment for one object and turns mode
 * errors into S3 failures. KMS modes call KMS (GenerateDataKey, Decrypt); SSE-S3 unwraps with the
 * world's root key; SSE-C compares the salted HMAC before decrypting.
 */
import { newObjectKey, openObjectKey } from '../modes/index.ts';
import type { ModeEnv, ModeRequest, StoredKeyMaterial } from '../modes/types.ts';
import { err, ok, type Result } from '../result.ts';
import { bucketArn, objectArn } from '../world/types.ts';
import type { S3Failure } from './failure.ts';
import { modeFailure } from './kms-failure.ts';
import type { Exchange } from './pipeline/exchange.ts';
import { serviceSource } from './service-source.ts';

function modeEnv(x: Exchange, bucket: string, key: string): ModeEnv {
  return {
    kms: x.kms,
    deps: x.world.deps,
    s3RootKey: x.world.s3RootKey,
    bucketArn: bucketArn(bucket),
    objectArn: objectArn(bucket, key),
    principalArn: x.request.principal,
    ...(serviceSource(x.request) ? { source: serviceSource(x.request) } : {}),
    sourceIp: x.request.sourceIp,
    bucketKeys: x.world.bucketKeys,
  };
}

/** Whether the stored key material is wrapped by KMS (SSE-KMS or DSSE-KMS), so reading it calls KMS. */
export const usesKms = (
  stored: StoredKeyMaterial | undefined,
): stored is Extract<StoredKeyMaterial, { mode: 'SSE-KMS' | 'DSSE-KMS' }> =>
  stored?.mode === 'SSE-KMS' || stored?.mode === 'DSSE-KMS';

export async function openKeys(
  x: Exchange,
  where: { bucket: string; key: string },
  stored: StoredKeyMaterial,
  customerKey?: Uint8Array<ArrayBuffer>,
): Promise<Result<CryptoKey[], S3Failure>> {
  const opened = await openObjectKey(stored, modeEnv(x, where.bucket, where.key), customerKey);
  return opened.ok ? ok(opened.value) : err(modeFailure(opened.error));
}

export async function createKeys(
  x: Exchange,
  where: { bucket: string; key: string },
  request: ModeRequest,
): Promise<Result<{ stored: StoredKeyMaterial; dataKeys: CryptoKey[] }, S3Failure>> {
  const created = await newObjectKey(request, modeEnv(x, where.bucket, where.key));
  return created.ok ? ok(created.value) : err(modeFailure(created.error));
}
