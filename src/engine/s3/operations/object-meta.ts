/**
 * What S3 stores and reports about an object besides its bytes: user metadata (`x-amz-meta-*`,
 * stored byte for byte, spec §9), content type, ETag and the HTTP date format of Last-Modified.
 */
import { toHex } from '../../crypto/bytes.ts';
import { md5Bytes } from '../../crypto/md5.ts';
import type { StoredKeyMaterial } from '../../modes/types.ts';
import type { HeaderBag } from '../header-bag.ts';

const DEFAULT_CONTENT_TYPE = 'binary/octet-stream';

export function userMetadata(headers: HeaderBag): Record<string, string> {
  const metadata: Record<string, string> = {};
  for (const name of headers.names()) {
    if (name.startsWith('x-amz-meta-')) metadata[name] = headers.get(name) ?? '';
  }
  return metadata;
}

export const contentTypeOf = (headers: HeaderBag) => headers.get('content-type') ?? DEFAULT_CONTENT_TYPE;

/**
 * The MD5 an ETag carries: of the data for SSE-S3; of the stored ciphertext for SSE-KMS, DSSE-KMS
 * and SSE-C, whose ETags are not an MD5 of the object data (UG23 ServerSideEncryptionCustomerKeys.md,
 * API "Common Response Headers": ETag).
 */
export function etagDigest(
  stored: StoredKeyMaterial,
  plaintext: Uint8Array,
  ciphertext: Uint8Array,
): Uint8Array {
  return md5Bytes(stored.mode === 'SSE-S3' ? plaintext : ciphertext);
}

export const quoted = (digest: Uint8Array) => `"${toHex(digest)}"`;

/** A multipart ETag: the MD5 of the parts' binary MD5s, then `-` and the part count. */
export function multipartEtag(partDigests: Uint8Array[]): string {
  const joined = new Uint8Array(partDigests.length * 16);
  for (const [index, digest] of partDigests.entries()) joined.set(digest, index * 16);
  return `"${toHex(md5Bytes(joined))}-${partDigests.length}"`;
}

/** RFC 7231 IMF-fixdate, as in Last-Modified. */
export const httpDate = (ms: number) => new Date(ms).toUTCString();
/** ISO 8601 with milliseconds, as the AWS CLI prints timestamps. */
export const isoDate = (ms: number) => new Date(ms).toISOString();
