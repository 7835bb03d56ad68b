/**
 * The source side of CopyObject and UploadPartCopy: its bucket must exist, its version must be
 * found, and its SSE-C state must match the copy-source key headers (spec §4.4, §4.5).
 */
import { S3Errors } from '../errors.ts';
import { type Exchange, fail, type StageVerdict, type StoredSource } from '../pipeline/exchange.ts';
import { findSource, isStoredSource } from './read-source.ts';

export function findCopySource(x: Exchange): StoredSource | StageVerdict {
  const ref = x.copySource!;
  const bucket = x.world.buckets.get(ref.bucket);
  if (!bucket) {
    return fail(
      x,
      'encryption-choice',
      S3Errors.noSuchBucket(ref.bucket),
      'Copy source bucket does not exist',
      `x-amz-copy-source names bucket ${ref.bucket}, which does not exist.`,
    );
  }
  return findSource(x, {
    bucket,
    key: ref.key,
    ...(ref.versionId ? { versionId: ref.versionId } : {}),
    ...(x.copySourceKey ? { customerKey: x.copySourceKey } : {}),
    what: 'copy source',
  });
}

export { isStoredSource };

/** Decrypted source bytes, optionally one byte range (`x-amz-copy-source-range: bytes=a-b`). */
export function sliceRange(
  bytes: Uint8Array<ArrayBuffer>,
  range: string | undefined,
): Uint8Array<ArrayBuffer> | undefined {
  if (range === undefined) return bytes;
  const match = /^bytes=(\d+)-(\d+)$/.exec(range);
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = Number(match[2]);
  if (first > last || last >= bytes.length) return undefined;
  return bytes.slice(first, last + 1);
}
