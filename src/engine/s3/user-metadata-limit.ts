/**
 * S3's limit on user-defined metadata (`x-amz-meta-*`). S3 User Guide, "Working with object
 * metadata": "Within the PUT request header, the user-defined metadata is limited to 2 KB in size.
 * The size of user-defined metadata is measured by taking the sum of the number of bytes in the
 * UTF-8 encoding of each key and value." The key is the name after `x-amz-meta-` (the `Metadata`
 * map of the API); 2 KB is 2,048 bytes, the `MaxSizeAllowed` S3 reports. Counting the key without
 * its prefix is our reading of "each key" (docs/differences.md#user-metadata-size-count).
 */
import { utf8Length } from '../limits.ts';
import type { HeaderBag } from './header-bag.ts';
import type { OperationInfo } from './operation-info.ts';

export const USER_METADATA_PREFIX = 'x-amz-meta-';
export const MAX_USER_METADATA_BYTES = 2048;

/** The size S3 measures: the UTF-8 bytes of each metadata key (without its prefix) and value. */
export function userMetadataBytes(headers: HeaderBag): number {
  let bytes = 0;
  for (const name of headers.names()) {
    if (!name.startsWith(USER_METADATA_PREFIX)) continue;
    bytes += utf8Length(name.slice(USER_METADATA_PREFIX.length)) + utf8Length(headers.get(name) ?? '');
  }
  return bytes;
}

/**
 * Whether this request's metadata is what S3 stores: a new object or upload always; a copy only
 * with `x-amz-metadata-directive: REPLACE`, since with COPY (the default) the source's metadata,
 * already within the limit, is kept and the request's x-amz-meta-* headers are ignored.
 */
export function storesRequestMetadata(traits: OperationInfo, headers: HeaderBag): boolean {
  if (traits.storesUserMetadata === 'always') return true;
  return (
    traits.storesUserMetadata === 'with-replace-directive' &&
    headers.get('x-amz-metadata-directive') === 'REPLACE'
  );
}
