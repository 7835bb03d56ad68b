/**
 * One store per app (and per test), built from slices and provided by React context
 * (zustand "initialize state with props"). Side effects live in subscribers (persistence.ts).
 */
import { createStore } from 'zustand/vanilla';
import type { Setup } from '../engine/index.ts';
import type { EnginePort } from './engine-port.ts';
import { createGate } from './gate.ts';
import type { Pin } from './pins.ts';
import { DEFAULT_ACCOUNT, DEFAULT_BUCKET, DEFAULT_DRAFT, type RequestDraft } from './request-draft.ts';
import { createEditorSlice } from './slices/editor.ts';
import { createLessonSlice } from './slices/lesson.ts';
import { createMatrixSlice } from './slices/matrix.ts';
import { createPasteSlice } from './slices/paste.ts';
import { createPinsSlice } from './slices/pins.ts';
import { createPrincipalsSlice } from './slices/principals.ts';
import { createRequestSlice } from './slices/request.ts';
import { createRunSlice } from './slices/run.ts';
import type { PlaygroundState } from './slices/types.ts';
import { createUiSlice } from './slices/ui.ts';
import { createWorkspaceSlice } from './slices/workspace.ts';

export type { PlaygroundState } from './slices/types.ts';

export const DEFAULT_POLICY = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": ["arn:aws:s3:::test-bucket", "arn:aws:s3:::test-bucket/*"],
      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
    }
  ]
}
`;

export const DEFAULT_SETUP: Setup = { account: DEFAULT_ACCOUNT, bucket: DEFAULT_BUCKET };

export interface StoreInit {
  policyText?: string;
  setup?: Setup;
  draft?: RequestDraft;
  pins?: Pin[];
  theme?: 'light' | 'dark';
  largeText?: boolean;
  startHere?: boolean;
  startHereSeen?: boolean;
  /** A lesson address ending in `&present` (lesson-address.ts): the first paint is the projector's. */
  presenter?: boolean;
  /**
   * The engine behind the one port: the worker in the app (src/worker/worker-port.ts), the
   * in-process host in tests and Node (src/worker/host.ts). The store never holds a world itself.
   */
  engine: EnginePort;
}

export function createPlaygroundStore(initial: StoreInit) {
  const port = initial.engine;
  return createStore<PlaygroundState>()((...a) => {
    const [set, get] = a;
    const gate = createGate({
      worldId: () => get().worldId,
      setRunning: (running) => set(running ? { running } : { running, progress: null }),
      failed: (error) =>
        set({ runNotice: `The request failed inside the playground: ${(error as Error)?.message ?? error}` }),
    });
    return {
      ...createWorkspaceSlice(port, gate, {
        policyText: initial.policyText ?? DEFAULT_POLICY,
        setup: initial.setup ?? DEFAULT_SETUP,
      })(...a),
      ...createRequestSlice(initial.draft ?? DEFAULT_DRAFT)(...a),
      ...createRunSlice(port, gate)(...a),
      ...createUiSlice(initial)(...a),
      ...createLessonSlice(port, gate)(...a),
      ...createMatrixSlice(port)(...a),
      ...createPasteSlice(port)(...a),
      ...createPinsSlice(port, initial.pins)(...a),
      ...createEditorSlice()(...a),
      ...createPrincipalsSlice(port)(...a),
    };
  });
}

export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>;
