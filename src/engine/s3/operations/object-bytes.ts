/**
 * Opening stored key material that needs no KMS (SSE-S3 unwraps with S3's root key, SSE-C checks
 * the salted HMAC first) and turning segments into bytes and back.
 */
import { concatBytes, copyBytes } from '../../crypto/bytes.ts';
import { decryptBytes, encryptBytes } from '../../modes/index.ts';
import type { StoredCiphertext, StoredKeyMaterial } from '../../modes/types.ts';
import { err, ok, type Result } from '../../result.ts';
import type { CustomerKey } from '../customer-key.ts';
import type { S3Failure } from '../failure.ts';
import { modeFailure } from '../kms-failure.ts';
import { createKeys, openKeys, usesKms } from '../object-keys.ts';
import type { Exchange, WritePlan } from '../pipeline/exchange.ts';

/** Keys the KMS stage already opened, or the local opening for SSE-S3 and SSE-C. */
export async function keysFor(
  x: Exchange,
  where: { bucket: string; key: string },
  stored: StoredKeyMaterial,
  opened: CryptoKey[] | undefined,
  customer?: CustomerKey,
): Promise<Result<CryptoKey[], S3Failure>> {
  if (opened) return ok(opened);
  if (usesKms(stored)) throw new Error('KMS keys are opened in the KMS stage');
  return openKeys(x, where, stored, customer?.key);
}

/** The new object key: from the KMS stage, or made here for SSE-S3 and SSE-C. */
export async function newKeyFor(
  x: Exchange,
  where: { bucket: string; key: string },
  plan: WritePlan,
): Promise<Result<{ stored: StoredKeyMaterial; dataKeys: CryptoKey[] }, S3Failure>> {
  if (x.newKey) return ok(x.newKey);
  if (plan.mode === 'SSE-S3') return createKeys(x, where, { mode: 'SSE-S3' });
  if (plan.mode === 'SSE-C') {
    return createKeys(x, where, {
      mode: 'SSE-C',
      customerKey: plan.customer.key,
      keyMd5: plan.customer.keyMd5,
    });
  }
  throw new Error('KMS keys are created in the KMS stage');
}

export async function decryptSegments(
  keys: CryptoKey[],
  segments: StoredCiphertext[],
): Promise<Result<Uint8Array<ArrayBuffer>, S3Failure>> {
  const parts: Uint8Array[] = [];
  for (const segment of segments) {
    const plain = await decryptBytes(keys, segment);
    if (!plain.ok) return err(modeFailure(plain.error));
    parts.push(plain.value);
  }
  return ok(concatBytes(...parts));
}

export const encryptSegment = (x: Exchange, keys: CryptoKey[], plaintext: Uint8Array<ArrayBuffer>) =>
  encryptBytes(keys, plaintext, x.world.deps);

/** The bytes a write carries (normalised requests hold bytes for object writes). */
export function requestBytes(x: Exchange): Uint8Array<ArrayBuffer> {
  const body = x.request.body;
  return body instanceof Uint8Array ? copyBytes(body) : new Uint8Array(0);
}
