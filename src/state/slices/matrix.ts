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
import type { PlaygroundState } from './types.ts';

export interface MatrixView {
  status: 'idle' | 'running' | 'ready' | 'refused';
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
  refreshMatrix(): Promise<void>;
  /** Loads a cell's request into the builder and shows its answer and trace. */
  openMatrixCell(spec: MatrixCellSpec): Promise<void>;
}

const IDLE: MatrixView = { status: 'idle', result: null, diff: null, refusal: null };

/** The policy on the bucket, as the draft is compared with it ('' for none). */
const bucketPolicy = (state: PlaygroundState) => {
  const bucket = state.snapshot?.buckets.find((b) => b.name === state.snapshot?.bucket);
  return bucket?.policyText ?? '';
};

export const createMatrixSlice =
  (port: EnginePort): StateCreator<PlaygroundState, [], [], MatrixSlice> =>
  (set, get) => {
    let generation = 0;
    return {
      matrix: IDLE,
      matrixPrincipals: false,
      setMatrixPrincipals: (on) => {
        set({ matrixPrincipals: on });
        void get().refreshMatrix();
      },
      refreshMatrix: async () => {
        const { worldId, policyText, matrixPrincipals } = get();
        if (!worldId) return;
        const mine = ++generation;
        set({ matrix: { ...get().matrix, status: 'running' } });
        const draft = policyText.trim();
        const applied = bucketPolicy(get()).trim();
        const after = await port.matrix(worldId, { policy: draft, principals: matrixPrincipals });
        // A newer run (or a closed world) makes this one's answer stale.
        if (generation !== mine || !after) return;
        if (!after.ok) {
          set({ matrix: { status: 'refused', result: null, diff: null, refusal: after.error } });
          return;
        }
        let diff: MatrixDiff | null = null;
        if (draft !== applied) {
          const before = await port.matrix(worldId, { principals: matrixPrincipals });
          if (generation !== mine) return;
          if (before?.ok) diff = diffMatrices(before.value.cells, after.value.cells);
        }
        set({ matrix: { status: 'ready', result: after.value, diff, refusal: null } });
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
