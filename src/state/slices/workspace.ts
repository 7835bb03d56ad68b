/**
 * Workspace: the policy text and its diagnostics, the bucket form, and the world. Every change to
 * the bucket goes through `world.send` of the bucket-level operation, so S3's answer shows.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { EngineDeps, JsonObject, Outcome, RequestInput, Setup } from '../../engine/index.ts';
import { systemDeps } from '../../engine/index.ts';
import { encryptionConfiguration, formFromSetup } from '../bucket-form.ts';
import type { EnginePort } from '../engine-port.ts';
import { pendingPolicyRequest } from '../policy-pending.ts';
import { setupAfter } from '../setup-after.ts';
import { openAccepted } from '../setup-refusals.ts';
import type { BucketApplyKind, PlaygroundState, WorkspaceSlice } from './types.ts';

const succeeded = (outcome: Outcome) => outcome.response.status < 300;

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
    initial: { policyText: string; setup: Setup; deps?: () => EngineDeps },
  ): StateCreator<PlaygroundState, [], [], WorkspaceSlice> =>
  (set, get) => {
    // An empty editor means "no bucket policy" (Send deletes it), not a document with errors.
    const diagnose = (text: string, setup: Setup) =>
      text.trim() === ''
        ? []
        : port.parsePolicy(text, { bucket: setup.bucket, account: setup.account }).diagnostics;

    /** Sends one request through the world, records the snapshot, and updates the set-up on success. */
    const through = async (request: RequestInput): Promise<Outcome | null> => {
      const world = get().world;
      if (!world) return null;
      const outcome = await world.send(request);
      set({
        snapshot: world.snapshot(),
        setup: succeeded(outcome) ? setupAfter(get().setup, request, outcome) : get().setup,
      });
      return outcome;
    };

    return {
      policyText: initial.policyText,
      policyDiagnostics: diagnose(initial.policyText, initial.setup),
      setPolicyText: (policyText) =>
        set({
          policyText,
          policyDiagnostics: diagnose(policyText, get().setup),
          policyApply: { state: 'idle' },
        }),
      policyApply: { state: 'idle' },
      applyPolicy: async () => {
        // The text goes to S3 as it is, so a policy that is not even JSON gets S3's own MalformedPolicy;
        // an empty editor removes the policy, as Send request does.
        const text = get().policyText;
        const outcome = await through(
          text.trim() === ''
            ? { operation: 'DeleteBucketPolicy' }
            : { operation: 'PutBucketPolicy', body: text },
        );
        if (outcome) set({ policyApply: { state: succeeded(outcome) ? 'applied' : 'refused', outcome } });
      },
      syncPolicy: async () => {
        const request = pendingPolicyRequest(get().policyText, get().snapshot);
        const outcome = request ? await through(request) : null;
        if (!request || !outcome) return null;
        set({ policyApply: { state: succeeded(outcome) ? 'applied' : 'refused', outcome } });
        return { request, outcome };
      },
      setup: initial.setup,
      bucketForm: formFromSetup(initial.setup),
      setBucketForm: (patch) => set({ bucketForm: { ...get().bucketForm, ...patch } }),
      bucketApply: { ...DEFAULT_APPLY },
      applyBucket: async (kind) => {
        const outcome = await through(bucketRequest(kind, get()));
        if (!outcome) return;
        const applied = { state: succeeded(outcome) ? 'applied' : 'refused', outcome } as const;
        set({ bucketApply: { ...get().bucketApply, [kind]: applied } });
      },
      world: null,
      worldStatus: 'loading',
      worldProblems: [],
      snapshot: null,
      loadWorld: async (setup, deps) => {
        set({ worldStatus: 'loading', setup });
        const worldDeps = deps ?? (initial.deps ?? systemDeps)();
        const accepted = await openAccepted(setup, (s) => port.createWorld(s, worldDeps));
        const created = accepted.opened;
        if (!created.ok) {
          set({ world: null, snapshot: null, worldStatus: 'failed', worldProblems: created.error });
          return;
        }
        set({
          world: created.value,
          snapshot: created.value.snapshot(),
          worldStatus: 'ready',
          // Refused parts are left out of the set-up that is kept, saved and shared.
          setup: accepted.setup,
          worldProblems: accepted.refused,
          bucketForm: formFromSetup(accepted.setup),
          policyDiagnostics: diagnose(get().policyText, accepted.setup),
          policyApply: { state: 'idle' },
          bucketApply: { ...DEFAULT_APPLY },
          kmsLast: null,
        });
      },
      kmsCommand: async (operation, body) => {
        const request: RequestInput = { operation, body: body as JsonObject };
        const outcome = await through(request);
        if (outcome) set({ kmsLast: { request, outcome } });
        return outcome;
      },
      kmsLast: null,
    };
  };
