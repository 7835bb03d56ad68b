/**
 * What the request matrix depends on, as one comparable key: the draft policy, the principal axis,
 * the declared principals, the bucket's configuration and policy, the KMS keys. The watcher re-runs
 * the matrix when it changes; the matrix slice uses it to tell a run already going (or just
 * cancelled) for the same inputs.
 */

import { ownBucket } from './own-bucket.ts';
import type { PlaygroundState } from './slices/types.ts';

export function matrixInputs(state: PlaygroundState): string {
  const snapshot = state.snapshot;
  const bucket = ownBucket(snapshot);
  return JSON.stringify([
    state.policyText,
    state.matrixPrincipals,
    state.setup.principals ?? [],
    bucket
      ? [
          bucket.policyText,
          bucket.encryption,
          bucket.sseCBlocked,
          bucket.publicAccessBlock,
          bucket.versioning,
        ]
      : null,
    snapshot?.kmsKeys.map((k) => [k.keyId, k.alias, k.state, k.policy]) ?? null,
  ]);
}
