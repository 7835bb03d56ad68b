/**
 * Pins: "Pin" keeps the last request and its answer; the set re-runs (pins-watch.ts) whenever the
 * draft policy or the bucket changes, each pin in its own copy of the world, and lists those whose
 * answer now differs, field by field.
 */
import type { StateCreator } from 'zustand/vanilla';
import { draftFromInput } from '../draft-from-input.ts';
import type { EnginePort } from '../engine-port.ts';
import { expectationOf, MAX_PINS, type Pin, type PinDifference, pinDifferences } from '../pins.ts';
import type { PinsExportReport } from '../pins-export-check.ts';
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
  /** The last export: the file's text and the pins whose answer in it is not the app's. */
  pinExport: PinsExportReport | null;
  /**
   * The pins as a scenario file that rebuilds the world they read (pins-export.ts), checked as CI
   * will run it (pins-export-check.ts) against a fresh check of the pins in the app.
   */
  exportPins(): Promise<PinsExportReport | null>;
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
      pinExport: null,
      exportPins: async () => {
        await get().checkPins();
        const { pins, sessionStart, session, setup, policyText, includeKeys, pinCheck } = get();
        if (pins.length === 0) return null;
        const world = { start: sessionStart, session, current: setup, policyText, includeKeys };
        // The export and its check (the scenario file writer and reader) are chunks of their own,
        // fetched on this click: out of the first load (issue 10: at most 150 KiB before Monaco).
        const [{ pinsScenario }, { checkPinsExport }] = await Promise.all([
          import('../pins-export.ts'),
          import('../pins-export-check.ts'),
        ]);
        const exported = pinsScenario(pins, world);
        const report = await checkPinsExport(port, pins, exported, pinCheck?.results ?? []);
        set({ pinExport: report });
        return report;
      },
    };
  };
