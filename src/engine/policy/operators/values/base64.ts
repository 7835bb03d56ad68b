/** Strict base64 decoding for BinaryEquals; undefined for text that is not base64. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function decodeBase64(text: string): string | undefined {
  const trimmed = text.trim();
  if (!BASE64.test(trimmed)) return undefined;
  return atob(trimmed);
}
