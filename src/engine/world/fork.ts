/**
 * A world's independent copy: what a request can change (buckets, their object versions and
 * uploads, principals, KMS keys, counters, quota, audit log, bucket keys) is copied; what never
 * changes once made (ciphertext segments, CryptoKeys, parsed policies) is shared. The matrix runs
 * each cell in its own fork, so cells never see each other's writes.
 */
import type { EngineDeps } from '../deps.ts';
import type { BucketState, MultipartUpload, ObjectVersion, PrincipalState, WorldState } from './types.ts';

function forkBucket(bucket: BucketState): BucketState {
  const objects = new Map<string, ObjectVersion[]>();
  // UpdateObjectEncryption rewrites a version's key material in place, so versions are copied too.
  for (const [key, versions] of bucket.objects)
    objects.set(
      key,
      versions.map((v) => ({ ...v })),
    );
  const uploads = new Map<string, MultipartUpload>();
  for (const [id, upload] of bucket.uploads) uploads.set(id, { ...upload, parts: new Map(upload.parts) });
  return {
    ...bucket,
    ...(bucket.publicAccessBlock ? { publicAccessBlock: { ...bucket.publicAccessBlock } } : {}),
    objects,
    uploads,
  };
}

export function forkState(state: WorldState, deps: EngineDeps = state.deps): WorldState {
  const principals = new Map<string, PrincipalState>();
  for (const [arn, principal] of state.principals) principals.set(arn, { ...principal });
  const buckets = new Map<string, BucketState>();
  for (const [name, bucket] of state.buckets) buckets.set(name, forkBucket(bucket));
  return {
    ...state,
    deps,
    buckets,
    principals,
    kms: state.kms.fork(deps, (arn) => principals.get(arn)?.policy),
    bucketKeys: state.bucketKeys.fork(),
  };
}
