/**
 * MD5, the engine's only entry to it (WebCrypto has none): the base64 digest of an SSE-C key, as
 * S3 wants it in the key-MD5 header, and the raw digest that SSE-S3 ETags are made of.
 */
import { toBase64 } from './bytes.ts';
import { md5 } from './md5-js.ts';

export const md5Base64 = (bytes: Uint8Array): string => toBase64(md5(bytes));
export const md5Bytes = (bytes: Uint8Array): Uint8Array => md5(bytes);
