/**
 * One store per app (and per test), built from slices and provided by React context
 * (zustand "initialize state with props"). Side effects live in subscribers (persistence.ts).
 */
import { createStore } from 'zustand/vanilla';
import type { EngineDeps, Setup } from '../engine/index.ts';
import type { EnginePort } from './engine-port.ts';
import type { Pin } from './pins.ts';
import { realEngine } from './real-engine.ts';
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
  engine?: EnginePort;
  /** Clock and randomness for each world (tests pass deterministic ones). */
  deps?: () => EngineDeps;
}

export function createPlaygroundStore(initial: StoreInit = {}) {
  const port = initial.engine ?? realEngine;
  return createStore<PlaygroundState>()((...a) => ({
    ...createWorkspaceSlice(port, {
      policyText: initial.policyText ?? DEFAULT_POLICY,
      setup: initial.setup ?? DEFAULT_SETUP,
      deps: initial.deps,
    })(...a),
    ...createRequestSlice(initial.draft ?? DEFAULT_DRAFT)(...a),
    ...createRunSlice(port)(...a),
    ...createUiSlice(initial)(...a),
    ...createLessonSlice(initial.deps)(...a),
    ...createMatrixSlice(port)(...a),
    ...createPasteSlice()(...a),
    ...createPinsSlice(port, initial.pins)(...a),
    ...createEditorSlice()(...a),
    ...createPrincipalsSlice()(...a),
  }));
}

export type PlaygroundStore = ReturnType<typeof createPlaygroundStore>;
