/**
 * IAM users and roles (this account or another) with their identity policies. A change goes to
 * the world at once (the world keeps S3's and KMS's view of who may do what); the set-up then comes
 * from the world (exportSetup), so it is saved, shared and rebuilt with the rest of the workspace.
 */
import type { StateCreator } from 'zustand/vanilla';
import type { Diagnostic, PrincipalSetup, SetupProblem } from '../../engine/index.ts';
import type { EnginePort } from '../engine-port.ts';
import type { PlaygroundState } from './types.ts';

export interface PrincipalsSlice {
  /** S3/IAM's refusal of the last change to a principal, by ARN. */
  principalProblems: Record<string, SetupProblem[]>;
  /** Adds or replaces a principal; '' as the policy text means no identity policy. */
  putPrincipal(arn: string, policyText: string): Promise<boolean>;
  deletePrincipal(arn: string): Promise<void>;
  /** An identity policy's diagnostics, from the engine (in its worker). */
  diagnoseIdentityPolicy(text: string): Promise<Diagnostic[]>;
}

export const createPrincipalsSlice =
  (port: EnginePort): StateCreator<PlaygroundState, [], [], PrincipalsSlice> =>
  (set, get) => ({
    principalProblems: {},
    diagnoseIdentityPolicy: async (text) =>
      text.trim() === '' ? [] : (await port.parsePolicy(text, { kind: 'identity' })).diagnostics,
    putPrincipal: async (arn, policyText) => {
      const worldId = get().worldId;
      if (!worldId) return false;
      const principal: PrincipalSetup = policyText.trim() === '' ? { arn } : { arn, policy: policyText };
      const put = await port.putPrincipal(worldId, principal);
      if (!put) return false;
      const problems = { ...get().principalProblems };
      if (!put.ok) {
        set({ principalProblems: { ...problems, [arn]: put.error } });
        return false;
      }
      delete problems[arn];
      const setup = await port.exportSetup(worldId);
      set({ principalProblems: problems, snapshot: put.value, ...(setup ? { setup } : {}) });
      // A principal the policy names may exist now: S3 would accept it, so the editor's error goes.
      void get().diagnosePolicy();
      return true;
    },
    deletePrincipal: async (arn) => {
      const worldId = get().worldId;
      if (!worldId) return;
      const snapshot = await port.deletePrincipal(worldId, arn);
      const setup = await port.exportSetup(worldId);
      set({ ...(setup ? { setup } : {}), ...(snapshot ? { snapshot } : {}) });
      void get().diagnosePolicy();
    },
  });
