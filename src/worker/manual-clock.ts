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
  /** The lesson is closed: time runs again at the base clock's pace, from where the lesson left it. */
  release(): void;
}

export function manualClock(base: EngineDeps): ManualClock {
  let now = base.now();
  let offset: number | undefined;
  return {
    deps: {
      now: () => (offset === undefined ? now : base.now() + offset),
      randomBytes: (n) => base.randomBytes(n),
    },
    advance: (ms) => {
      now += ms;
    },
    release: () => {
      offset ??= now - base.now();
    },
  };
}
