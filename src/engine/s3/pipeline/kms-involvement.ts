/**
 * Whether a request will make S3 call KMS, judged before authorization from what S3 already knows:
 * the SSE headers, the bucket default, and how the object or upload it reads was stored.
 */
import { defaultEncryption } from '../../world/bucket-defaults.ts';
import { findVersion } from '../../world/versions.ts';
import { readOpensDataKey } from '../integrity/checksum-mode.ts';
import { usesKms } from '../object-keys.ts';
import { isKmsAlgorithm } from '../sse-headers.ts';
import type { Exchange } from './exchange.ts';

/**
 * Why KMS is involved, or undefined: `stored` when it is how an object or upload already on the
 * bucket was encrypted (a read, a copy source, a part), not what this write asks for.
 */
export interface KmsInvolvement {
  why: string;
  stored: boolean;
}

export function kmsInvolvement(x: Exchange): KmsInvolvement | undefined {
  if (writeUsesKms(x)) return { why: 'This write would be encrypted with a KMS key.', stored: false };
  const why = storedKmsReason(x);
  return why === undefined ? undefined : { why, stored: true };
}

function storedKmsReason(x: Exchange): string | undefined {
  const { operation, query } = x.request;
  const asksChecksum = x.traits.opensDataKey === 'with-checksum-attribute';
  if (
    (x.traits.readsObject || asksChecksum) &&
    readOpensDataKey(operation, x.headers) &&
    usesKms(storedVersion(x, x.request.bucket, x.request.key, query.versionId))
  ) {
    if (asksChecksum)
      return 'The object is encrypted with a KMS key, and the Checksum attribute reads its stored checksum, which needs KMS Decrypt.';
    return x.traits.headOnly
      ? 'The object is encrypted with a KMS key, and x-amz-checksum-mode: ENABLED reads its stored checksum, which needs KMS Decrypt.'
      : 'The object is encrypted with a KMS key, so reading it needs KMS Decrypt.';
  }
  if (x.copySource) {
    const { bucket, key, versionId } = x.copySource;
    if (usesKms(storedVersion(x, bucket, key, versionId))) {
      return 'The copy source is encrypted with a KMS key, so S3 must call KMS Decrypt.';
    }
  }
  if (x.traits.addsPart) {
    const upload = x.world.buckets.get(x.request.bucket)?.uploads.get(query.uploadId ?? '');
    if (usesKms(upload?.keyMaterial)) return 'The multipart upload is encrypted with a KMS key.';
  }
  return undefined;
}

function writeUsesKms(x: Exchange): boolean {
  if (x.traits.sse !== 'write' || x.customerKey || !x.bucket) return false;
  const algorithm = x.writeSse?.algorithm ?? defaultEncryption(x.bucket).algorithm;
  return isKmsAlgorithm(algorithm);
}

function storedVersion(
  x: Exchange,
  bucketName: string,
  key: string | undefined,
  versionId: string | undefined,
) {
  const bucket = x.world.buckets.get(bucketName);
  if (!bucket || !key) return undefined;
  const found = findVersion(bucket, key, versionId);
  return found.ok ? found.value.keyMaterial : undefined;
}
