/**
 * The world's own bucket in a snapshot: the one the Bucket panel configures, the policy editor
 * edits and the matrix asks about (other accounts' buckets are the set-up's `otherBuckets`).
 */
import type { WorldSnapshot } from '../engine/index.ts';

export const ownBucket = (snapshot: WorldSnapshot | null | undefined) =>
  snapshot?.buckets.find((b) => b.name === snapshot.bucket);

/** Said where a default KMS key S3 accepted will fail the next upload (engine s3/default-key-problem.ts). */
export const FAILING_UPLOADS = 'Uploads that rely on the default encryption will fail:';
export const KEY_NOT_CHECKED =
  'S3 does not check the key when the default is set: choose a key this KMS can use in the Bucket panel (the KMS panel creates keys, enables them and cancels their deletion), or leave it empty for aws/s3.';
