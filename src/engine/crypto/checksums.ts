/**
 * The engine's only entry to the checksums S3 takes in `x-amz-checksum-*` (API Reference,
 * "Checking object integrity"): CRC32 and CRC32C from the AWS SDK's own maintained packages,
 * CRC64NVME from crc64-nvme.ts (checked against the SDK's and three to five times as fast: S3
 * computes it for every upload sent without a checksum), SHA-1 and SHA-256 from `@noble/hashes`.
 * Each digest is big-endian bytes, as S3 base64-encodes them (CRC32 of "123456789" is `y/Q5Jg==`).
 */
import { Crc32 } from '@aws-crypto/crc32';
import { Crc32c } from '@aws-crypto/crc32c';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { ChecksumAlgorithm } from './checksum-algorithms.ts';
import { crc64NvmeDigest, crc64NvmeStart, crc64NvmeUpdate } from './crc64-nvme.ts';

export { CHECKSUM_ALGORITHMS, type ChecksumAlgorithm, DIGEST_BYTES } from './checksum-algorithms.ts';

const bigEndian32 = (value: number): Uint8Array => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value >>> 0);
  return out;
};

export async function checksumDigest(algorithm: ChecksumAlgorithm, bytes: Uint8Array): Promise<Uint8Array> {
  switch (algorithm) {
    case 'CRC32':
      return bigEndian32(new Crc32().update(bytes).digest());
    case 'CRC32C':
      return bigEndian32(new Crc32c().update(bytes).digest());
    case 'CRC64NVME': {
      const state = crc64NvmeStart();
      crc64NvmeUpdate(state, bytes);
      return crc64NvmeDigest(state);
    }
    case 'SHA1':
      return sha1(bytes);
    case 'SHA256':
      return sha256(bytes);
  }
}
