/** HKDF-SHA-256 (RFC 5869) through WebCrypto: bucket keys derive per-object data keys with it. */
import { importAesKey } from './aes-gcm.ts';
import { type Bytes, copyBytes } from './bytes.ts';

const subtle = () => globalThis.crypto.subtle;

export function importHkdfKey(raw: Uint8Array): Promise<CryptoKey> {
  return subtle().importKey('raw', copyBytes(raw), 'HKDF', false, ['deriveBits']);
}

/** `length` bytes of HKDF-SHA-256 output for a base key, salt and info label. */
export async function hkdfBytes(
  baseKey: CryptoKey,
  salt: Uint8Array,
  info: Uint8Array,
  length: number,
): Promise<Bytes> {
  const bits = await subtle().deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: copyBytes(salt), info: copyBytes(info) },
    baseKey,
    length * 8,
  );
  return new Uint8Array(bits);
}

/** A non-extractable AES-256-GCM key: 32 bytes of HKDF output, imported and then dropped. */
export async function deriveAesKey(
  baseKey: CryptoKey,
  salt: Uint8Array,
  info: Uint8Array,
): Promise<CryptoKey> {
  const raw = await hkdfBytes(baseKey, salt, info, 32);
  const key = await importAesKey(raw);
  raw.fill(0);
  return key;
}
