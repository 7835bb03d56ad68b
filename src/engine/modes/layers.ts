/**
 * The object bytes under one AES-256-GCM layer per data key (DSSE-KMS: two). Each layer has its
 * own random 12-byte IV; tags are split off so the objects panel shows them apart.
 */
import { aesGcmDecrypt, aesGcmEncrypt, GCM_IV_BYTES } from '../crypto/aes-gcm.ts';
import type { Bytes } from '../crypto/bytes.ts';
import type { EngineDeps } from '../deps.ts';
import { err, ok, type Result } from '../result.ts';
import type { ModeError, StoredCiphertext } from './types.ts';

export const TAMPERED_MESSAGE =
  'The stored object failed AES-GCM authentication: its bytes, IV or tag were changed, or the key is not the one that encrypted it.';

export async function encryptBytes(
  dataKeys: CryptoKey[],
  plaintext: Uint8Array,
  deps: EngineDeps,
): Promise<StoredCiphertext> {
  let current: Uint8Array = plaintext;
  const layers: StoredCiphertext['layers'] = [];
  for (const key of dataKeys) {
    const sealed = await aesGcmEncrypt(key, deps.randomBytes(GCM_IV_BYTES), current);
    layers.push({ iv: sealed.iv, tag: sealed.tag });
    current = sealed.ciphertext;
  }
  return { ciphertext: Uint8Array.from(current), layers };
}

export async function decryptBytes(
  dataKeys: CryptoKey[],
  stored: StoredCiphertext,
): Promise<Result<Bytes, ModeError>> {
  if (dataKeys.length !== stored.layers.length) return err({ code: 'Tampered', message: TAMPERED_MESSAGE });
  let current: Bytes = stored.ciphertext;
  for (let i = dataKeys.length - 1; i >= 0; i--) {
    const layer = stored.layers[i]!;
    const opened = await aesGcmDecrypt(dataKeys[i]!, { iv: layer.iv, ciphertext: current, tag: layer.tag });
    if (!opened) return err({ code: 'Tampered', message: TAMPERED_MESSAGE });
    current = opened;
  }
  return ok(current);
}
