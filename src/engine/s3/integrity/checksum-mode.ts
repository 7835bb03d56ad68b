/**
 * `x-amz-checksum-mode: ENABLED` on GetObject and HeadObject asks for the stored checksum (API
 * GetObject/HeadObject ChecksumMode). S3 keeps it encrypted with the object, so for an object
 * under a KMS key even a HEAD then needs kms:Decrypt (API HeadObject ChecksumMode: "you must also
 * have the kms:GenerateDataKey and kms:Decrypt permissions ... to retrieve the checksum").
 */
import type { Operation } from '../../types.ts';
import type { HeaderBag } from '../header-bag.ts';
import { operationInfo } from '../operation-catalog.ts';

export const CHECKSUM_MODE = 'x-amz-checksum-mode';

export const checksumModeEnabled = (headers: HeaderBag) =>
  headers.get(CHECKSUM_MODE)?.trim().toUpperCase() === 'ENABLED';

/** Whether this request opens the stored data key (and so calls KMS for KMS objects); the catalog says when. */
export function readOpensDataKey(operation: Operation, headers: HeaderBag): boolean {
  const when = operationInfo(operation).opensDataKey;
  return when === 'always' || (when === 'with-checksum-mode' && checksumModeEnabled(headers));
}
