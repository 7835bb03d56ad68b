/**
 * The answer an upload that relies on a bucket's default encryption would get because of the
 * default's KMS key alone: S3 accepts any key in PutBucketEncryption and only fails at PUT time
 * (spec §1.2, "S3 does not validate the KMS key ID in PutBucketEncryption"), so the bucket panel
 * and a pasted `get-bucket-encryption` say so at once instead of at the next upload.
 */
import type { Kms } from '../kms/types.ts';
import { defaultEncryption } from '../world/bucket-defaults.ts';
import type { BucketState } from '../world/types.ts';
import { kmsFailure } from './kms-failure.ts';

export interface DefaultKeyProblem {
  status: number;
  /** S3's error code, as a PUT relying on the default would get it (`KMS.NotFoundException`). */
  code: string;
  message: string;
  /** The key as the default names it. */
  keyId: string;
}

/** `null` when the default is not KMS, names no key (`aws/s3`), or names one KMS would use. */
export function defaultKeyProblem(kms: Kms, bucket: BucketState): DefaultKeyProblem | null {
  const { algorithm, kmsKeyId } = defaultEncryption(bucket);
  if (algorithm === 'AES256' || kmsKeyId === undefined) return null;
  // The bucket owner's own upload: a bare id or alias resolves in the owner's account.
  const problem = kms.keyProblemForS3(kmsKeyId, bucket.account);
  if (!problem) return null;
  const failure = kmsFailure(problem);
  return { status: failure.status, code: failure.code, message: failure.message, keyId: kmsKeyId };
}
