/**
 * AES-256-GCM through WebCrypto: 12-byte IV, 128-bit tag. The output is split into ciphertext and
 * tag so the objects panel can show each. A failed tag check is data (`undefined`), not a throw.
 */
import type { SealedBytes } from '../modes/types.ts';
import { type Bytes, concatBytes, copyBytes } from './bytes.ts';

export const AES_KEY_BYTES = 32;
export const GCM_IV_BYTES = 12;
export const GCM_TAG_BYTES = 16;

const subtle = () => globalThis.crypto.subtle;

/** Imports 32 raw bytes as an AES-GCM key; non-extractable unless asked (nothing needs to read it back). */
export function importAesKey(raw: Uint8Array, extractable = false): Promise<CryptoKey> {
  return subtle().importKey('raw', copyBytes(raw), { name: 'AES-GCM' }, extractable, ['encrypt', 'decrypt']);
}

export async function aesGcmEncrypt(
  key: CryptoKey,
  iv: Uint8Array,
  plaintext: Uint8Array,
  additionalData?: Uint8Array,
): Promise<SealedBytes> {
  const params: AesGcmParams = { name: 'AES-GCM', iv: copyBytes(iv), tagLength: GCM_TAG_BYTES * 8 };
  if (additionalData) params.additionalData = copyBytes(additionalData);
  const sealed = new Uint8Array(await subtle().encrypt(params, key, copyBytes(plaintext)));
  const cut = sealed.length - GCM_TAG_BYTES;
  return { iv: copyBytes(iv), ciphertext: sealed.slice(0, cut), tag: sealed.slice(cut) };
}

/** `undefined` when the tag does not verify: wrong key, changed ciphertext, IV, tag or additional data. */
export async function aesGcmDecrypt(
  key: CryptoKey,
  sealed: SealedBytes,
  additionalData?: Uint8Array,
): Promise<Bytes | undefined> {
  if (sealed.iv.length !== GCM_IV_BYTES || sealed.tag.length !== GCM_TAG_BYTES) return undefined;
  const params: AesGcmParams = { name: 'AES-GCM', iv: copyBytes(sealed.iv), tagLength: GCM_TAG_BYTES * 8 };
  if (additionalData) params.additionalData = copyBytes(additionalData);
  try {
    return new Uint8Array(await subtle().decrypt(params, key, concatBytes(sealed.ciphertext, sealed.tag)));
  } catch (error) {
    // WebCrypto reports a failed authentication as an OperationError; that is tampering, not a bug.
    // Anything else (a key without the decrypt usage, ...) is a simulator bug and must surface.
    if (error instanceof DOMException && error.name === 'OperationError') return undefined;
    throw error;
  }
}
