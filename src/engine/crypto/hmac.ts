/** HMAC-SHA-256 through WebCrypto: S3 keeps a salted HMAC of an SSE-C key, never the key. */
import { type Bytes, copyBytes } from './bytes.ts';

export async function hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Bytes> {
  const subtle = globalThis.crypto.subtle;
  const hmacKey = await subtle.importKey('raw', copyBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
  return new Uint8Array(await subtle.sign('HMAC', hmacKey, copyBytes(data)));
}
