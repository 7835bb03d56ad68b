/**
 * `x-amz-checksum-mode: ENABLED` on GetObject and HeadObject asks for the stored checksum (API
 * GetObject/HeadObject ChecksumMode). S3 keeps it encrypted with the object, so for an object
 * under a KMS key even a HEAD then needs kms:Decrypt (API HeadObject ChecksumMode: "you must also
 * have the kms:GenerateDataKey and kms:Decrypt permissions ... to retrieve the checksum").
 */
import type { HeaderBag } from '../header-bag.ts';

export const CHECKSUM_MODE = 'x-amz-checksum-mode';

export const checksumModeEnabled = (headers: HeaderBag) =>
  headers.get(CHECKSUM_MODE)?.trim().toUpperCase() === 'ENABLED';

/** Whether a read of this operation opens the stored data key (and so calls KMS for KMS objects). */
export function readOpensDataKey(operation: string, headers: HeaderBag): boolean {
  if (operation === 'HeadObject') return checksumModeEnabled(headers);
  return ['GetObject', 'CopyObject', 'UploadPartCopy', 'UpdateObjectEncryption'].includes(operation);
}
