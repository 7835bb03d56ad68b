/**
 * The CRC64NVME S3 computes itself for an upload that names no checksum (API Reference,
 * "Checking object integrity": the default full-object checksum of every new object). With nothing
 * to compare it cannot fail, so PutObject feeds it each plaintext segment while WebCrypto encrypts
 * that segment (modes/layers.ts, SealWatch) instead of reading the body in a pass of its own.
 */
import { toBase64 } from '../../crypto/bytes.ts';
import { crc64NvmeDigest, crc64NvmeStart, crc64NvmeUpdate } from '../../crypto/crc64-nvme.ts';
import type { StoredChecksum } from '../../world/types.ts';
import type { RequestIntegrity } from './request-integrity.ts';

export interface DefaultChecksum {
  update(segment: Uint8Array): void;
  /** The checksum of everything fed so far, as S3 stores it. */
  stored(): StoredChecksum;
}

/** S3's own CRC64NVME, fed segment by segment. */
export function defaultChecksum(): DefaultChecksum {
  const state = crc64NvmeStart();
  return {
    update: (segment) => crc64NvmeUpdate(state, segment),
    stored: () => ({ algorithm: 'CRC64NVME', value: toBase64(crc64NvmeDigest(state)), type: 'FULL_OBJECT' }),
  };
}

/** Whether the request carries a checksum or Content-MD5 that S3 compares before storing. */
export const claimsDigest = (integrity: RequestIntegrity | undefined): boolean =>
  integrity?.checksum !== undefined || integrity?.contentMd5 !== undefined;
