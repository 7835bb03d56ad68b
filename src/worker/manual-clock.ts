/**
 * A lesson's clock: simulated time that moves only as the lesson's steps say (`afterMs`), as the
 * scenario runner does, so a KMS quota or a bucket-key window behaves the same however slowly a
 * trainer clicks. Randomness stays the app's (real, or seeded in tests).
 */
import type { EngineDeps } from '../engine/index.ts';

/** Set-up happens this long before the first step (scenario format: "ten simulated seconds"). */
export const SETUP_LEAD_MS = 10_000;

export interface ManualClock {
  deps: EngineDeps;
  advance(ms: number): void;
}

export function manualClock(base: EngineDeps): ManualClock {
  let now = base.now();
  return {
    deps: {
      now: () => now,
      randomBytes: (n) => base.randomBytes(n),
    },
    advance: (ms) => {
      now += ms;
    },
  };
}
