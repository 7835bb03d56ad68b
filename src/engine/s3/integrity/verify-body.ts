/**
 * The body against what the request claimed, after S3 has read it and before anything is stored
 * (LS put_object removes the stored bytes on every failure here): the checksum first, then
 * Content-MD5 (LS order). Checksums are over the bytes as sent, that is the plaintext, whatever
 * the server-side encryption (API "Checking object integrity").
 */
import { equalBytes, toBase64, toHex } from '../../crypto/bytes.ts';
import { type ChecksumAlgorithm, checksumDigest } from '../../crypto/checksums.ts';
import { md5Bytes } from '../../crypto/md5.ts';
import { err, ok, type Result } from '../../result.ts';
import type { S3Failure } from '../failure.ts';
import { WireErrors } from '../wire-errors.ts';
import type { StoredChecksum } from './checksum-value.ts';
import type { RequestIntegrity } from './request-integrity.ts';

/** What the check found, for the trace and for storing. */
export interface VerifiedBody {
  checksum?: StoredChecksum;
  /** True when the request carried a checksum or Content-MD5 that was compared. */
  compared: string[];
}

/**
 * `computeIfAbsent`: the algorithm S3 computes itself when the request names none (CRC64NVME for
 * a single upload, API "Checking object integrity": the default full-object checksum).
 */
export async function verifyBody(
  plaintext: Uint8Array,
  integrity: RequestIntegrity,
  computeIfAbsent: ChecksumAlgorithm | undefined,
): Promise<Result<VerifiedBody, S3Failure>> {
  const compared: string[] = [];
  let checksum: StoredChecksum | undefined;
  const claimed = integrity.checksum;
  if (claimed) {
    const digest = await checksumDigest(claimed.algorithm, plaintext);
    if (!equalBytes(digest, claimed.digest)) return err(WireErrors.checksumMismatch(claimed.algorithm));
    compared.push(claimed.header);
    checksum = { algorithm: claimed.algorithm, value: claimed.value, type: 'FULL_OBJECT' };
  } else if (computeIfAbsent) {
    const digest = await checksumDigest(computeIfAbsent, plaintext);
    checksum = { algorithm: computeIfAbsent, value: toBase64(digest), type: 'FULL_OBJECT' };
  }
  const md5 = integrity.contentMd5;
  if (md5) {
    const calculated = md5Bytes(plaintext);
    if (!equalBytes(calculated, md5.digest))
      return err(WireErrors.badDigest(toHex(md5.digest), toBase64(calculated)));
    compared.push('content-md5');
  }
  return ok({ ...(checksum ? { checksum } : {}), compared });
}
