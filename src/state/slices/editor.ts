/** The policy editor's view state: full height, and requests to show a statement (from the trace) or take the cursor. */
import type { StateCreator } from 'zustand/vanilla';
import type { PlaygroundState } from './types.ts';

export interface EditorSlice {
  editorFullHeight: boolean;
  setEditorFullHeight(on: boolean): void;
  /** The statement the trace asked the editor to show; `nonce` makes a second click count. */
  policyReveal: { index: number; nonce: number } | null;
  revealPolicyStatement(index: number): void;
  /** A request to put the cursor in the policy editor (counts up; "Try your own policy"). */
  policyFocus: number;
  focusPolicyEditor(): void;
}

export const createEditorSlice = (): StateCreator<PlaygroundState, [], [], EditorSlice> => (set, get) => ({
  editorFullHeight: false,
  setEditorFullHeight: (on) => set({ editorFullHeight: on }),
  policyReveal: null,
  revealPolicyStatement: (index) =>
    set({ policyReveal: { index, nonce: (get().policyReveal?.nonce ?? 0) + 1 } }),
  policyFocus: 0,
  focusPolicyEditor: () => set({ policyFocus: get().policyFocus + 1 }),
});
