/**
 * The CRC64NVME S3 computes itself for an upload that names no checksum (User Guide, "Checking
 * object integrity": the default full-object checksum of every new object). Its value shows only
 * in a whole read with x-amz-checksum-mode: ENABLED and in GetObjectAttributes' Checksum (that a
 * PutObject's answer carries it is not established and the listings carry none,
 * docs/differences.md#default-checksum-not-echoed), so the object is stored with it pending and
 * the first such read computes it from the object's plaintext (operations/read-checksum.ts). With
 * nothing to compare, it cannot fail at upload.
 */
import { toBase64 } from '../../crypto/bytes.ts';
import { crc64NvmeDigest, crc64NvmeStart, crc64NvmeUpdate } from '../../crypto/crc64-nvme.ts';
import type { PendingChecksum, StoredChecksum } from '../../world/types.ts';
import type { RequestIntegrity } from './request-integrity.ts';

/** What an upload without a checksum stores: S3's own CRC64NVME, computed when first read. */
export const pendingDefaultChecksum = (): PendingChecksum => ({
  algorithm: 'CRC64NVME',
  type: 'FULL_OBJECT',
  pending: true,
});

export const isPending = (checksum: StoredChecksum | PendingChecksum): checksum is PendingChecksum =>
  'pending' in checksum;

export interface DefaultChecksum {
  update(piece: Uint8Array): void;
  /** The checksum of everything fed so far, as S3 stores it. */
  stored(): StoredChecksum;
}

/** S3's own CRC64NVME over the plaintext, fed piece by piece in order. */
export function defaultChecksum(): DefaultChecksum {
  const state = crc64NvmeStart();
  return {
    update: (piece) => crc64NvmeUpdate(state, piece),
    stored: () => ({ algorithm: 'CRC64NVME', value: toBase64(crc64NvmeDigest(state)), type: 'FULL_OBJECT' }),
  };
}

/** Whether the request carries a checksum or Content-MD5 that S3 compares before storing. */
export const claimsDigest = (integrity: RequestIntegrity | undefined): boolean =>
  integrity?.checksum !== undefined || integrity?.contentMd5 !== undefined;
