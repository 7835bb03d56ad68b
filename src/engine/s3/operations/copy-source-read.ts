/**
 * The source side of CopyObject and UploadPartCopy: its bucket must exist, its version must be
 * found, and its SSE-C state must match the copy-source key headers (spec §4.4, §4.5).
 */
import { err, type Result } from '../../result.ts';
import { S3Errors } from '../errors.ts';
import type { S3Failure } from '../failure.ts';
import type { Exchange, StageVerdict, StoredSource } from '../pipeline/exchange.ts';
import type { ChoiceRecorder, CryptoRecorder } from '../pipeline/handler.ts';
import { failKeyOpening } from './key-failure.ts';
import { decryptParts, keysFor } from './object-bytes.ts';
import { findSource } from './read-source.ts';

export function findCopySource(x: Exchange, record: ChoiceRecorder): StoredSource | StageVerdict {
  const ref = x.copySource!;
  const bucket = x.world.buckets.get(ref.bucket);
  if (!bucket) {
    return record.fail(
      S3Errors.noSuchBucket(ref.bucket),
      'Copy source bucket does not exist',
      `x-amz-copy-source names bucket ${ref.bucket}, which does not exist, so there is nothing to copy.`,
      `Name an existing source bucket (${[...x.world.buckets.keys()].join(', ')}).`,
    );
  }
  return findSource(record, {
    bucket,
    key: ref.key,
    ...(ref.versionId ? { versionId: ref.versionId } : {}),
    ...(x.copySourceKey ? { customerKey: x.copySourceKey } : {}),
    what: 'copy source',
  });
}

/**
 * The plaintext of the copy source chosen in stage 6: its own key opens it (the KMS stage's Decrypt,
 * S3's root key, or the copy-source SSE-C key), whatever the target's encryption.
 */
export async function decryptCopySource(
  x: Exchange,
  record: CryptoRecorder,
): Promise<Result<Uint8Array<ArrayBuffer>, S3Failure>> {
  const { bucket, version } = x.source!;
  const where = { bucket: bucket.name, key: version.key };
  const keys = await keysFor(x, where, version.keyMaterial!, x.sourceKeys, x.copySourceKey);
  if (!keys.ok) {
    const title = 'The copy source key does not open the source';
    return err(failKeyOpening(record, keys.error, title, version.keyMaterial, x.copySourceKey));
  }
  const plain = await decryptParts(keys.value, version, bucket.name);
  if (!plain.ok)
    return err(failKeyOpening(record, plain.error, 'Decrypting the source failed', version.keyMaterial));
  return plain;
}
