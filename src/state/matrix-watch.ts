/**
 * Recomputes the request matrix a moment after what it depends on changes: the draft policy, the
 * bucket's configuration and policy, the KMS keys, the principals, the world itself. Objects sent
 * meanwhile do not matter (every cell writes its own object), so a Send does not restart it.
 */
import type { PlaygroundState, PlaygroundStore } from './store.ts';

function dependsOn(state: PlaygroundState): string {
  const snapshot = state.snapshot;
  const bucket = snapshot?.buckets.find((b) => b.name === snapshot.bucket);
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

export function watchMatrix(store: PlaygroundStore, delayMs = 500): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let world = store.getState().world;
  let last = '';
  const check = () => {
    const state = store.getState();
    if (!state.world) return;
    const key = dependsOn(state);
    if (state.world === world && key === last) return;
    world = state.world;
    last = key;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void store.getState().refreshMatrix();
    }, delayMs);
  };
  check();
  const unsubscribe = store.subscribe(check);
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
