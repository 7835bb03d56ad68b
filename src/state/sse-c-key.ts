/**
 * A fresh SSE-C key as a client sends it: base64 of 32 random bytes and base64 of their MD5
 * (MD5 from @noble/hashes through the engine: WebCrypto has none). And the MD5 that follows a key
 * typed or pasted by hand, as the AWS CLI and SDKs compute it from the key they send.
 */
import { fromBase64, HEADER_NAMES, md5Base64, toBase64 } from '../engine/index.ts';
import { type HeaderRow, headerValue, withHeader } from './request-draft.ts';

export function generateSseCKey(
  random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n)),
) {
  const key = random(32);
  return { key: toBase64(key), md5: md5Base64(key) };
}

/** Each SSE-C key header with the MD5 header that goes with it (object key, copy-source key). */
export const SSE_C_KEY_PAIRS = [
  { key: HEADER_NAMES.customerKey, md5: HEADER_NAMES.customerKeyMd5 },
  { key: HEADER_NAMES.copySourceKey, md5: HEADER_NAMES.copySourceKeyMd5 },
] as const;

/**
 * After an edit of the headers: a key whose value changed gets the MD5 of its new value (when it is
 * base64; otherwise the MD5 stays and S3 says what is wrong with the key). An MD5 edited by hand,
 * with the key unchanged, stays as typed, so a wrong digest can still be tried.
 */
export function withKeyDigests(before: HeaderRow[], after: HeaderRow[]): HeaderRow[] {
  let headers = after;
  for (const pair of SSE_C_KEY_PAIRS) {
    const key = headerValue(after, pair.key);
    if (key === undefined || key === headerValue(before, pair.key)) continue;
    const bytes = key.trim() === '' ? undefined : fromBase64(key.trim());
    if (!bytes) continue;
    const md5 = md5Base64(bytes);
    const row = headers.find((h) => h.name.trim().toLowerCase() === pair.md5);
    headers = row
      ? headers.map((h) => (h === row ? { ...h, value: md5 } : h))
      : withHeader(headers, pair.md5, md5);
  }
  return headers;
}
