/**
 * The ciphertext blob GenerateDataKey returns. Like a real KMS blob it names the KMS key, so
 * Decrypt needs no key id. Layout: version (1) | key-id length (1) | key id (ASCII) | IV (12) |
 * wrapped data key (32) | GCM tag (16).
 */

import type { SealedBytes } from '../crypto/aes-gcm.ts';
import { GCM_IV_BYTES, GCM_TAG_BYTES } from '../crypto/aes-gcm.ts';
import { type Bytes, concatBytes, fromUtf8, utf8 } from '../crypto/bytes.ts';

const BLOB_VERSION = 1;
export const DATA_KEY_BYTES = 32;

export function encodeBlob(keyId: string, sealed: SealedBytes): Bytes {
  const id = utf8(keyId);
  return concatBytes(Uint8Array.of(BLOB_VERSION, id.length), id, sealed.iv, sealed.ciphertext, sealed.tag);
}

/** `undefined` for anything that is not a blob this KMS made (KMS answers InvalidCiphertextException). */
export function decodeBlob(blob: Uint8Array): { keyId: string; sealed: SealedBytes } | undefined {
  const idLength = blob[1] ?? 0;
  const expected = 2 + idLength + GCM_IV_BYTES + DATA_KEY_BYTES + GCM_TAG_BYTES;
  if (blob[0] !== BLOB_VERSION || blob.length !== expected) return undefined;
  let at = 2;
  const take = (n: number) => {
    const part = blob.slice(at, at + n);
    at += n;
    return part;
  };
  const keyId = fromUtf8(take(idLength));
  return {
    keyId,
    sealed: { iv: take(GCM_IV_BYTES), ciphertext: take(DATA_KEY_BYTES), tag: take(GCM_TAG_BYTES) },
  };
}
