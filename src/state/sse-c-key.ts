/**
 * A fresh SSE-C key as a client sends it: base64 of 32 random bytes and base64 of their MD5
 * (MD5 from @noble/hashes through the engine: WebCrypto has none).
 */
import { md5Base64, toBase64 } from '../engine/index.ts';

export function generateSseCKey(
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
) {
  const key = random(32);
  return { key: toBase64(key), md5: md5Base64(key) };
}
