/**
 * Pins: "Pin" keeps the last request and its answer; the set re-runs (pins-watch.ts) whenever the
 * draft policy or the bucket changes, each pin in its own copy of the world, and lists those whose
 * answer now differs, field by field.
 */
import type { StateCreator } from 'zustand/vanilla';
import { draftFromInput } from '../draft-from-input.ts';
import type { EnginePort } from '../engine-port.ts';
import { expectationOf, MAX_PINS, type Pin, type PinDifference, pinDifferences } from '../pins.ts';
import { draftToRequest } from '../to-request.ts';
import type { PlaygroundState } from './types.ts';

export interface PinCheck {
  /** Per pin, in order: what differs now (empty: as pinned); null when it could not be sent. */
  results: (PinDifference[] | null)[];
  /** S3 refuses the draft policy, so the pins could not be checked against it. */
  refusal: string | null;
}

export interface PinsSlice {
  pins: Pin[];
  pinCheck: PinCheck | null;
  pinLastRun(): void;
  removePin(index: number): void;
  checkPins(): Promise<void>;
}

export const createPinsSlice =
  (port: EnginePort, initial: Pin[] = []): StateCreator<PlaygroundState, [], [], PinsSlice> =>
  (set, get) => {
    let generation = 0;
    return {
      pins: initial.slice(0, MAX_PINS),
      pinCheck: null,
      pinLastRun: () => {
        const { lastRun, snapshot, pins } = get();
        if (!lastRun || pins.length >= MAX_PINS) return;
        const draft = draftFromInput(lastRun.request, snapshot?.account ?? '111122223333');
        set({ pins: [...pins, { draft, expect: expectationOf(lastRun.outcome) }] });
      },
      removePin: (index) => set({ pins: get().pins.filter((_, i) => i !== index) }),
      checkPins: async () => {
        const { worldId, pins, policyText } = get();
        if (!worldId || pins.length === 0) {
          set({ pinCheck: null });
          return;
        }
        const mine = ++generation;
        const built = pins.map((pin) => draftToRequest(pin.draft));
        const requests = built.flatMap((b) => (b.ok ? [b.value] : []));
        const answered = await port.sendUnderPolicy(worldId, policyText.trim(), requests);
        if (generation !== mine || !answered) return;
        if (!answered.ok) {
          set({
            pinCheck: {
              results: pins.map(() => null),
              refusal: `${answered.error.code}: ${answered.error.message}`,
            },
          });
          return;
        }
        let next = 0;
        const results = pins.map((pin, i) => {
          if (!built[i]?.ok) return null;
          const outcome = answered.value[next++];
          return outcome ? pinDifferences(pin.expect, expectationOf(outcome)) : null;
        });
        set({ pinCheck: { results, refusal: null } });
      },
    };
  };
