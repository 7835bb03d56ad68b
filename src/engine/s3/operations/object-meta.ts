/**
 * What S3 stores and reports about an object besides its bytes: user metadata (`x-amz-meta-*`,
 * stored byte for byte, spec §9), content type, ETag and the HTTP date format of Last-Modified.
 */

import { GCM_TAG_BYTES } from '../../crypto/aes-gcm.ts';
import { toHex } from '../../crypto/bytes.ts';
import { md5Bytes } from '../../crypto/md5.ts';
import type { StoredCiphertext, StoredKeyMaterial } from '../../modes/types.ts';
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
 * The 16 bytes an ETag shows. Only for SSE-S3 (and unencrypted data, which the playground never
 * stores) is a PUT's or copy's ETag an MD5 of the object data; for SSE-C and SSE-KMS it is not
 * (API reference, `Object` data type, ETag: "encrypted by SSE-S3 or plaintext, have ETags that are
 * an MD5 digest of their object data ... encrypted by SSE-C or SSE-KMS, have ETags that are not an
 * MD5 digest of their object data"; DSSE-KMS is SSE-KMS with two layers). So the data is hashed
 * only for SSE-S3; the other modes get an opaque value that still changes with the stored bytes:
 * an MD5 of the segments' GCM tags, 16 bytes per MiB.
 */
export function etagDigest(
  stored: StoredKeyMaterial,
  plaintext: Uint8Array,
  segments: StoredCiphertext[],
): Uint8Array {
  if (stored.mode === 'SSE-S3') return md5Bytes(plaintext);
  const tags = new Uint8Array(segments.length * GCM_TAG_BYTES);
  for (const [index, segment] of segments.entries()) {
    const outer = segment.layers[segment.layers.length - 1];
    if (outer) tags.set(outer.tag, index * GCM_TAG_BYTES);
  }
  return md5Bytes(tags);
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
