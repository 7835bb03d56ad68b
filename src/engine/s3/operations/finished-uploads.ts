/**
 * What S3 still knows of an upload once it was completed or aborted. For a while a retried
 * Complete with the same parts answers 200 again and an Abort answers 204; later both answer 404
 * NoSuchUpload (minio/minio#2250: "Amazon indeed behaves ... sending back NoSuchUpload but only
 * ... after few hours"; beyondstorage/go-storage#963: "returns 404 after 24hours"). The window is
 * not documented: the simulator keeps 24 hours (docs/differences.md).
 */
import type { BucketState, FinishedUpload } from '../../world/types.ts';

export const FINISHED_UPLOAD_WINDOW_MS = 24 * 60 * 60 * 1000;

export function recordFinished(bucket: BucketState, finished: FinishedUpload): void {
  bucket.finishedUploads ??= new Map();
  bucket.finishedUploads.set(finished.uploadId, finished);
}

/** The upload finished under this id and key less than the window ago, if any. */
export function recentlyFinished(
  bucket: BucketState,
  uploadId: string,
  key: string,
  nowMs: number,
): FinishedUpload | undefined {
  const finished = bucket.finishedUploads?.get(uploadId);
  if (!finished || finished.key !== key) return undefined;
  return nowMs - finished.finishedMs < FINISHED_UPLOAD_WINDOW_MS ? finished : undefined;
}
