/**
 * Workspace: the policy text and its diagnostics, the bucket form, and the world. Every change to
 * the bucket goes through the gate as the bucket-level operation, so S3's answer shows.
 */

import type { StateCreator } from 'zustand/vanilla';
import type { JsonObject, Outcome, RequestInput, Setup } from '../../engine/index.ts';
import { wentThrough } from '../../engine/index.ts';
import { encryptionConfiguration, formFromSetup } from '../bucket-form.ts';
import type { EnginePort } from '../engine-port.ts';
import type { Gate } from '../gate.ts';
import { pendingPolicyRequest } from '../policy-pending.ts';
import { sendThrough } from '../send-through.ts';
import { openAccepted } from '../setup-refusals.ts';
import type { BucketApplyKind, PlaygroundState, WorkspaceSlice } from './types.ts';

const succeeded = (outcome: Outcome) => wentThrough(outcome.response.status);

const DEFAULT_APPLY: WorkspaceSlice['bucketApply'] = {
  encryption: { state: 'idle' },
  publicAccessBlock: { state: 'idle' },
  versioning: { state: 'idle' },
};

function bucketRequest(kind: BucketApplyKind, state: PlaygroundState): RequestInput {
  const form = state.bucketForm;
  switch (kind) {
    case 'encryption':
      return {
        operation: 'PutBucketEncryption',
        body: encryptionConfiguration(form) as unknown as JsonObject,
      };
    case 'publicAccessBlock':
      return { operation: 'PutPublicAccessBlock', body: { ...form.publicAccessBlock } };
    case 'versioning':
      return {
        operation: 'PutBucketVersioning',
        body: { Status: form.versioning === 'Never enabled' ? 'Suspended' : form.versioning },
      };
  }
}

export const createWorkspaceSlice =
  (
    port: EnginePort,
    gate: Gate,
    initial: { policyText: string; setup: Setup },
  ): StateCreator<PlaygroundState, [], [], WorkspaceSlice> =>
  (set, get) => {
    let diagnosed = 0;
    /** The engine diagnoses in its worker; only the answer for the latest text is kept. */
    const diagnose = async (text: string) => {
      const mine = ++diagnosed;
      // An empty editor means "no bucket policy" (Send deletes it), not a document with errors.
      if (text.trim() === '') {
        set({ policyDiagnostics: [], policyStatementLines: [] });
        return;
      }
      const { bucket, account, principals } = get().setup;
      // The declared principals, so a user or role S3 would refuse is an error where it is written.
      const knownPrincipals = (principals ?? []).map((p) => p.arn);
      const parsed = await port.parsePolicy(text, { bucket, account, knownPrincipals });
      if (mine !== diagnosed) return;
      const lines = (parsed.policy?.statements ?? []).map((s) => ({
        startLine: s.range.start.line,
        endLine: s.range.end.line,
        startOffset: s.range.start.offset,
      }));
      set({ policyDiagnostics: parsed.diagnostics, policyStatementLines: lines });
    };

    /** One request inside the gate; a change S3 accepted updates the set-up (send-through.ts). */
    const gated = (request: RequestInput) =>
      gate.run((context) => sendThrough(port, get, set, context, request));

    // The first text is diagnosed once the store exists: the text of that moment, since one set
    // before it (the same tick) was otherwise overtaken by the diagnosis of the initial text.
    queueMicrotask(() => void diagnose(get().policyText));

    return {
      policyText: initial.policyText,
      policyDiagnostics: [],
      policyStatementLines: [],
      diagnosePolicy: () => diagnose(get().policyText),
      setPolicyText: (policyText) => {
        set({ policyText, policyApply: { state: 'idle' } });
        return diagnose(policyText);
      },
      policyApply: { state: 'idle' },
      applyPolicy: async () => {
        // The text goes to S3 as it is, so a policy that is not even JSON gets S3's own MalformedPolicy;
        // an empty editor removes the policy, as Send request does.
        const text = get().policyText;
        const outcome = await gated(
          text.trim() === ''
            ? { operation: 'DeleteBucketPolicy' }
            : { operation: 'PutBucketPolicy', body: text },
        );
        if (outcome) set({ policyApply: { state: succeeded(outcome) ? 'applied' : 'refused', outcome } });
      },
      syncPolicy: async () => {
        const request = pendingPolicyRequest(get().policyText, get().snapshot);
        const outcome = request ? await gated(request) : null;
        if (!request || !outcome) return null;
        set({ policyApply: { state: succeeded(outcome) ? 'applied' : 'refused', outcome } });
        return { request, outcome };
      },
      setup: initial.setup,
      bucketForm: formFromSetup(initial.setup),
      setBucketForm: (patch) => set({ bucketForm: { ...get().bucketForm, ...patch } }),
      bucketApply: { ...DEFAULT_APPLY },
      applyBucket: async (kind) => {
        const outcome = await gated(bucketRequest(kind, get()));
        if (!outcome) return;
        const applied = { state: succeeded(outcome) ? 'applied' : 'refused', outcome } as const;
        set({ bucketApply: { ...get().bucketApply, [kind]: applied } });
      },
      worldId: null,
      worldStatus: 'loading',
      worldProblems: [],
      snapshot: null,
      loadWorld: (setup, { keep, ...options } = {}) =>
        gate.swap(async (isCurrent) => {
          set({ worldStatus: 'loading', setup });
          const previous = get().worldId;
          // Refused parts are left out of the set-up that is kept, saved and shared (setup-refusals.ts).
          const accepted = await openAccepted(setup, (s) => openWorld(port, s, options));
          const opened = accepted.opened;
          if (!isCurrent()) {
            // A later swap won: this world is nobody's.
            if (opened.ok) void port.closeWorld(opened.value.id);
            return;
          }
          // Requests still on the old world finish there; their answers are dropped (gate.ts).
          // The user's own world stays open while a lesson borrows the columns (`keep`).
          if (previous !== null && previous !== keep) void port.closeWorld(previous);
          if (!opened.ok) {
            set({ worldId: null, snapshot: null, worldStatus: 'failed', worldProblems: opened.error });
            return;
          }
          set({
            worldId: opened.value.id,
            sessionStart: setup,
            session: [],
            snapshot: opened.value.snapshot,
            worldStatus: 'ready',
            setup: accepted.setup,
            worldProblems: accepted.refused,
            bucketForm: formFromSetup(accepted.setup),
            policyApply: { state: 'idle' },
            bucketApply: { ...DEFAULT_APPLY },
            kmsLast: null,
          });
          void diagnose(get().policyText);
        }),
      kmsCommand: async (operation, body) => {
        const request: RequestInput = { operation, body: body as JsonObject };
        const outcome = await gated(request);
        if (outcome) set({ kmsLast: { request, outcome } });
        return outcome;
      },
      kmsLast: null,
      sessionStart: initial.setup,
      session: [],
      restoreWorkspace: (stash) =>
        void gate.swap(async () => {
          // A new generation: requests still running on the lesson's world are not the user's.
          const borrowed = get().worldId;
          set(stash);
          if (borrowed !== null && borrowed !== stash.worldId) void port.closeWorld(borrowed);
        }),
    };
  };

/** A port that fails (a worker that could not start) is a world that could not be built. */
async function openWorld(
  port: EnginePort,
  setup: Setup,
  options: Parameters<EnginePort['openWorld']>[1],
): ReturnType<EnginePort['openWorld']> {
  try {
    return await port.openWorld(setup, options);
  } catch (error) {
    return { ok: false, error: [{ path: '', message: (error as Error).message }] };
  }
}
