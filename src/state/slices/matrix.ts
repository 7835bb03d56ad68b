/**
 * The request matrix of the editor's draft policy, and the diff against the policy on the bucket.
 * Computed through the engine port, in the engine worker: a subscriber (matrix-watch.ts) asks for
 * it after a pause, and a newer run makes an older one's answer stale (generation token). Nothing
 * is applied to the bucket.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { MatrixCellSpec, MatrixDiff, MatrixRefusal, MatrixResult } from '../../engine/index.ts';
import { diffMatrices } from '../../engine/index.ts';
import { draftFromInput } from '../draft-from-input.ts';
import type { EnginePort } from '../engine-port.ts';
import { matrixInputs } from '../matrix-inputs.ts';
import { ownBucket } from '../own-bucket.ts';
import type { PlaygroundState } from './types.ts';

export interface MatrixView {
  /** `cancelled`: the last run was stopped; `result` and `diff` are still the run before it. */
  status: 'idle' | 'running' | 'ready' | 'refused' | 'cancelled';
  /** The draft policy's matrix. */
  result: MatrixResult | null;
  /** Against the bucket's policy; null while the draft equals it. */
  diff: MatrixDiff | null;
  /** S3 refuses the draft policy (malformed, or public under Block Public Access). */
  refusal: MatrixRefusal | null;
}

export interface MatrixSlice {
  matrix: MatrixView;
  matrixPrincipals: boolean;
  setMatrixPrincipals(on: boolean): void;
  /**
   * Runs the matrix, unless a run for the same inputs is going or was just cancelled by the user
   * (the watcher's pending re-run of that change must not undo Cancel); `force` runs it anyway.
   */
  refreshMatrix(options?: { force?: boolean }): Promise<void>;
  /** Stops the run in progress: the worker stops between cells. The next change runs it again. */
  cancelMatrix(): void;
  /** Loads a cell's request into the builder and shows its answer and trace. */
  openMatrixCell(spec: MatrixCellSpec): Promise<void>;
}

const IDLE: MatrixView = { status: 'idle', result: null, diff: null, refusal: null };

/** The policy on the bucket, as the draft is compared with it ('' for none). */
const bucketPolicy = (state: PlaygroundState) => {
  return ownBucket(state.snapshot)?.policyText ?? '';
};

export const createMatrixSlice =
  (port: EnginePort): StateCreator<PlaygroundState, [], [], MatrixSlice> =>
  (set, get) => {
    let generation = 0;
    /** The run in progress; a newer run or Cancel aborts it, so the worker stops between cells. */
    let running: AbortController | null = null;
    /** The inputs (matrix-inputs.ts) of the run going, of the last one done, of the one cancelled. */
    let runningKey: string | null = null;
    let doneKey: string | null = null;
    let cancelledKey: string | null = null;
    return {
      matrix: IDLE,
      matrixPrincipals: false,
      setMatrixPrincipals: (on) => {
        set({ matrixPrincipals: on });
        void get().refreshMatrix();
      },
      refreshMatrix: async ({ force = false } = {}) => {
        const { worldId, policyText, matrixPrincipals } = get();
        if (!worldId) return;
        const key = `${worldId} ${matrixInputs(get())}`;
        const same = key === cancelledKey || key === doneKey || (running !== null && key === runningKey);
        if (!force && same) return;
        cancelledKey = null;
        doneKey = null;
        runningKey = key;
        const mine = ++generation;
        running?.abort();
        const controller = new AbortController();
        running = controller;
        const run = { signal: controller.signal };
        set({ matrix: { ...get().matrix, status: 'running' } });
        const draft = policyText.trim();
        const applied = bucketPolicy(get()).trim();
        const after = await port.matrix(worldId, { policy: draft, principals: matrixPrincipals }, run);
        // A newer run (or a closed world) makes this one's answer stale; a cancelled one says so.
        if (generation !== mine || !after) return;
        if (controller.signal.aborted) return;
        if (!after.ok) {
          running = null;
          doneKey = key;
          set({ matrix: { status: 'refused', result: null, diff: null, refusal: after.error } });
          return;
        }
        let diff: MatrixDiff | null = null;
        if (draft !== applied) {
          const before = await port.matrix(worldId, { principals: matrixPrincipals }, run);
          if (generation !== mine || controller.signal.aborted) return;
          if (before?.ok) diff = diffMatrices(before.value.cells, after.value.cells);
        }
        running = null;
        doneKey = key;
        set({ matrix: { status: 'ready', result: after.value, diff, refusal: null } });
      },
      cancelMatrix: () => {
        if (!running) return;
        running.abort();
        running = null;
        cancelledKey = runningKey;
        generation++;
        set({ matrix: { ...get().matrix, status: 'cancelled' } });
      },
      openMatrixCell: async (spec) => {
        const { worldId, policyText, snapshot } = get();
        if (!worldId) return;
        const ran = await port.matrixCell(worldId, { policy: policyText.trim() }, spec);
        if (!ran?.ok) return;
        const { request, outcome } = ran.value;
        set({
          draft: draftFromInput(request, snapshot?.account ?? '111122223333'),
          bodyFile: null,
          draftError: null,
          runNotice: null,
          lastRun: { request, outcome },
          rightTab: 'answer',
        });
      },
    };
  };

export type { MatrixResult };
