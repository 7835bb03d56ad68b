/**
 * `x-amz-checksum-mode: ENABLED` on GetObject and HeadObject asks for the stored checksum (API
 * GetObject/HeadObject ChecksumMode), and so does GetObjectAttributes with `Checksum` among its
 * `x-amz-object-attributes` (API GetObjectAttributes). S3 keeps it encrypted with the object, so
 * for an object under a KMS key even a HEAD then needs kms:Decrypt (API HeadObject ChecksumMode:
 * "you must also have the kms:GenerateDataKey and kms:Decrypt permissions ... to retrieve the
 * checksum"); GetObjectAttributes is taken to need the same (docs/differences.md).
 */
import type { Operation } from '../../types.ts';
import { H, type HeaderBag } from '../header-bag.ts';
import { operationInfo } from '../operation-catalog.ts';

export const CHECKSUM_MODE = 'x-amz-checksum-mode';

export const checksumModeEnabled = (headers: HeaderBag) =>
  headers.get(CHECKSUM_MODE)?.trim().toUpperCase() === 'ENABLED';

/** The attributes GetObjectAttributes asks for in `x-amz-object-attributes` (comma-separated). */
export const wantedObjectAttributes = (headers: HeaderBag): Set<string> =>
  new Set((headers.get(H.objectAttributes) ?? '').split(',').map((name) => name.trim()));

/** Whether this request opens the stored data key (and so calls KMS for KMS objects); the catalog says when. */
export function readOpensDataKey(operation: Operation, headers: HeaderBag): boolean {
  const when = operationInfo(operation).opensDataKey;
  if (when === 'with-checksum-mode') return checksumModeEnabled(headers);
  if (when === 'with-checksum-attribute') return wantedObjectAttributes(headers).has('Checksum');
  return when === 'always';
}
