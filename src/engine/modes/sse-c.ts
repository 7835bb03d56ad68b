/**
 * SSE-C: the customer's 256-bit key encrypts the object. S3 does not store the key; it stores a
 * randomly salted HMAC of it (UG `ServerSideEncryptionCustomerKeys.md`) and compares that first,
 * so a wrong key is refused (403) before any decryption is tried (spec §4.4).
 */
import { AES_KEY_BYTES, importAesKey } from '../crypto/aes-gcm.ts';
import { equalBytes } from '../crypto/bytes.ts';
import { hmacSha256 } from '../crypto/hmac.ts';
import { err, ok, type Result } from '../result.ts';
import type { ModeEnv, ModeError, NewObjectKey, StoredKeyMaterial } from './types.ts';

type SseCStored = Extract<StoredKeyMaterial, { mode: 'SSE-C' }>;

const SALT_BYTES = 32;

/** S3's messages (spec §4.3, §4.4). */
export const SSE_C_WRONG_KEY =
  'Requests specifying Server Side Encryption with Customer provided keys must provide the correct secret key.';
const SSE_C_BAD_LENGTH = 'The secret key was invalid for the specified algorithm.';

export async function newSseCKey(
  env: ModeEnv,
  customerKey: Uint8Array<ArrayBuffer>,
  keyMd5: string,
): Promise<Result<NewObjectKey, ModeError>> {
  if (customerKey.length !== AES_KEY_BYTES)
    return err({ code: 'InvalidCustomerKey', message: SSE_C_BAD_LENGTH });
  const salt = env.deps.randomBytes(SALT_BYTES);
  const stored: SseCStored = { mode: 'SSE-C', keyMd5, keyHmac: await hmacSha256(salt, customerKey), salt };
  return ok({ stored, dataKeys: [await importAesKey(customerKey)] });
}

export async function openSseCKey(
  stored: SseCStored,
  customerKey: Uint8Array | undefined,
): Promise<Result<CryptoKey[], ModeError>> {
  if (!customerKey) return err({ code: 'SseCKeyMismatch', message: SSE_C_WRONG_KEY });
  const candidate = await hmacSha256(stored.salt, customerKey);
  if (!equalBytes(candidate, stored.keyHmac) || customerKey.length !== AES_KEY_BYTES) {
    return err({ code: 'SseCKeyMismatch', message: SSE_C_WRONG_KEY });
  }
  return ok([await importAesKey(customerKey)]);
}
