/**
 * AES-256-GCM through WebCrypto: 12-byte IV, 128-bit tag. The output is split into ciphertext and
 * tag so the objects panel can show each. A failed tag check is data (`undefined`), not a throw.
 *
 * No copies of the data: the input goes to WebCrypto as a view, and the ciphertext and tag are
 * views of WebCrypto's one output buffer (tag right after the ciphertext), so decrypting them
 * again needs no joining either.
 */
import { type Bytes, concatBytes, copyBytes } from './bytes.ts';

export const AES_KEY_BYTES = 32;
export const GCM_IV_BYTES = 12;
export const GCM_TAG_BYTES = 16;

/** AES-256-GCM output split for display: IV (12 bytes), ciphertext, tag (16 bytes). */
export interface SealedBytes {
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
  tag: Uint8Array<ArrayBuffer>;
}

const subtle = () => globalThis.crypto.subtle;

/**
 * A view typed for WebCrypto (`BufferSource` wants ArrayBuffer-backed views). The engine never makes
 * SharedArrayBuffer views, so only those are copied.
 */
export function bufferView(bytes: Uint8Array): Bytes {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Bytes) : copyBytes(bytes);
}

/** Imports 32 raw bytes as an AES-GCM key; non-extractable unless asked (nothing needs to read it back). */
export function importAesKey(raw: Uint8Array, extractable = false): Promise<CryptoKey> {
  return subtle().importKey('raw', bufferView(raw), { name: 'AES-GCM' }, extractable, ['encrypt', 'decrypt']);
}

export async function aesGcmEncrypt(
  key: CryptoKey,
  iv: Uint8Array,
  plaintext: Uint8Array,
  additionalData?: Uint8Array,
): Promise<SealedBytes> {
  const params: AesGcmParams = { name: 'AES-GCM', iv: bufferView(iv), tagLength: GCM_TAG_BYTES * 8 };
  if (additionalData) params.additionalData = bufferView(additionalData);
  const sealed = new Uint8Array(await subtle().encrypt(params, key, bufferView(plaintext)));
  const cut = sealed.length - GCM_TAG_BYTES;
  return { iv: bufferView(iv), ciphertext: sealed.subarray(0, cut), tag: sealed.subarray(cut) };
}

/** Ciphertext and tag as WebCrypto wants them: a view when they are adjacent, else joined. */
function sealedInput({ ciphertext, tag }: SealedBytes): Bytes {
  const adjacent =
    ciphertext.buffer === tag.buffer && ciphertext.byteOffset + ciphertext.byteLength === tag.byteOffset;
  return adjacent
    ? new Uint8Array(ciphertext.buffer, ciphertext.byteOffset, ciphertext.byteLength + tag.byteLength)
    : concatBytes(ciphertext, tag);
}

/** `undefined` when the tag does not verify: wrong key, changed ciphertext, IV, tag or additional data. */
export async function aesGcmDecrypt(
  key: CryptoKey,
  sealed: SealedBytes,
  additionalData?: Uint8Array,
): Promise<Bytes | undefined> {
  if (sealed.iv.length !== GCM_IV_BYTES || sealed.tag.length !== GCM_TAG_BYTES) return undefined;
  const params: AesGcmParams = { name: 'AES-GCM', iv: bufferView(sealed.iv), tagLength: GCM_TAG_BYTES * 8 };
  if (additionalData) params.additionalData = bufferView(additionalData);
  try {
    return new Uint8Array(await subtle().decrypt(params, key, sealedInput(sealed)));
  } catch (error) {
    // WebCrypto reports a failed authentication as an OperationError; that is tampering, not a bug.
    // Anything else (a key without the decrypt usage, ...) is a simulator bug and must surface.
    if (error instanceof DOMException && error.name === 'OperationError') return undefined;
    throw error;
  }
}
