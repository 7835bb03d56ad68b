/**
 * Test support only: the bucket policy's own decision as cloud-copilot/iam-simulate computes it,
 * in our Decision vocabulary. We read its resource-policy analysis, not its overall result: with
 * no identity policy a same-account caller named only through its account (`AllowedForAccount`)
 * is implicitly denied overall, but the bucket policy itself did allow.
 */
import { runSimulation } from '@cloud-copilot/iam-simulate';
import type { Decision } from '../evaluate/types.ts';
import { ACCOUNT, type PolicyJson } from './generate.ts';
import { type RequestSpec, resourceArn, simulatorContext } from './requests.ts';

export type SimulatorOutcome =
  | { kind: 'decision'; decision: Decision; ignoredKeys: string[] }
  | { kind: 'error'; message: string };

type ResourceResult =
  | 'NotApplicable'
  | 'Allowed'
  | 'ExplicitlyDenied'
  | 'AllowedForAccount'
  | 'DeniedForAccount'
  | 'ImplicitlyDenied';

/** A statement naming the caller's account applies to the caller for this comparison, as in ours. */
const DECISIONS: Record<ResourceResult, Decision> = {
  Allowed: 'Allow',
  AllowedForAccount: 'Allow',
  ExplicitlyDenied: 'ExplicitDeny',
  DeniedForAccount: 'ExplicitDeny',
  ImplicitlyDenied: 'ImplicitDeny',
  NotApplicable: 'ImplicitDeny',
};

export async function simulatorDecision(policy: PolicyJson, spec: RequestSpec): Promise<SimulatorOutcome> {
  const response = await runSimulation(
    {
      request: {
        principal: spec.principal,
        action: `s3:${spec.operation}`,
        resource: { resource: resourceArn(spec), accountId: ACCOUNT },
        contextVariables: simulatorContext(spec),
      },
      identityPolicies: [],
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: policy,
    },
    { simulationMode: 'Strict' },
  );
  if (response.resultType === 'error') return { kind: 'error', message: JSON.stringify(response.errors) };
  if (response.resultType !== 'single')
    return { kind: 'error', message: `unexpected ${response.resultType}` };
  const result = response.result.analysis.resourceAnalysis?.result ?? 'NotApplicable';
  return {
    kind: 'decision',
    decision: DECISIONS[result],
    ignoredKeys: response.result.ignoredContextKeys ?? [],
  };
}
