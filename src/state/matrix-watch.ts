/**
 * Recomputes the request matrix and re-checks the pins a moment after what they depend on changes:
 * the draft policy, the bucket's configuration and policy, the KMS keys, the principals, the world
 * itself (and for pins, the pins). Objects sent meanwhile do not restart the matrix (every cell
 * writes its own object).
 */
import { matrixInputs as dependsOn } from './matrix-inputs.ts';
import type { PlaygroundStore } from './store.ts';

export function watchMatrix(store: PlaygroundStore, delayMs = 500): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let world = store.getState().worldId;
  let last = '';
  let lastPins = '';
  let matrixDue = false;
  let pinsDue = false;
  const check = () => {
    const state = store.getState();
    if (!state.worldId) return;
    const key = dependsOn(state);
    const pinsKey = JSON.stringify(state.pins);
    const newWorld = state.worldId !== world;
    if (!newWorld && key === last && pinsKey === lastPins) return;
    matrixDue ||= newWorld || key !== last;
    pinsDue ||= newWorld || key !== last || pinsKey !== lastPins;
    world = state.worldId;
    last = key;
    lastPins = pinsKey;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (matrixDue) void store.getState().refreshMatrix();
      if (pinsDue) void store.getState().checkPins();
      matrixDue = false;
      pinsDue = false;
    }, delayMs);
  };
  check();
  const unsubscribe = store.subscribe(check);
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
