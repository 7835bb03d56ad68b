/** MD5 of an SSE-C key, as S3 wants it: base64 of the 16-byte digest. WebCrypto has no MD5. */
import { md5 } from '@noble/hashes/legacy.js';
import { toBase64 } from './bytes.ts';

export const md5Base64 = (bytes: Uint8Array): string => toBase64(md5(bytes));
export const md5Bytes = (bytes: Uint8Array): Uint8Array => md5(bytes);
