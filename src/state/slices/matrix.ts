/**
 * The request matrix of the editor's draft policy, and the diff against the policy on the bucket.
 * Computed through the engine port, off the typing path: a subscriber (matrix-watch.ts) asks for
 * it after a pause, the run yields between chunks of cells, and a newer request cancels an older
 * one (generation token). Nothing is applied to the bucket.
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
/** Cells per chunk before the run yields to the page (typing and painting go first). */
const CHUNK = 8;
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
        const { world, policyText, matrixPrincipals } = get();
        if (!world) return;
        const mine = ++generation;
        const control = { pause, pauseEvery: CHUNK, cancelled: () => generation !== mine };
        set({ matrix: { ...get().matrix, status: 'running' } });
        const draft = policyText.trim();
        const applied = bucketPolicy(get()).trim();
        const after = await port.runMatrix(world, { policy: draft, principals: matrixPrincipals }, control);
        if (generation !== mine) return;
        if (!after.ok) {
          set({ matrix: { status: 'refused', result: null, diff: null, refusal: after.error } });
          return;
        }
        let diff: MatrixDiff | null = null;
        if (draft !== applied) {
          const before = await port.runMatrix(world, { principals: matrixPrincipals }, control);
          if (generation !== mine) return;
          if (before.ok) diff = diffMatrices(before.value.cells, after.value.cells);
        }
        set({ matrix: { status: 'ready', result: after.value, diff, refusal: null } });
      },
      openMatrixCell: async (spec) => {
        const { world, policyText } = get();
        if (!world) return;
        const ran = await port.runMatrixCell(world, { policy: policyText.trim() }, spec);
        if (!ran.ok) return;
        const { request, outcome } = ran.value;
        set({
          draft: draftFromInput(request, world.account),
          bodyFile: null,
          draftError: null,
          lastRun: { request, outcome },
          rightTab: 'answer',
        });
      },
    };
  };

export type { MatrixResult };
