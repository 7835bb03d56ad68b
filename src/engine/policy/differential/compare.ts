/**
 * Test support only: one (policy, request) pair judged by both evaluators.
 */
import { evaluatePolicy } from '../evaluate/evaluate-policy.ts';
import type { Decision } from '../evaluate/types.ts';
import { parsePolicy } from '../parse/index.ts';
import type { Policy } from '../types.ts';
import type { PolicyJson } from './generate.ts';
import { KNOWN_DIFFERENCES, type KnownDifference } from './known-differences.ts';
import { ourContext, type RequestSpec } from './requests.ts';
import { type SimulatorOutcome, simulatorDecision } from './simulate.ts';

export interface Verdicts {
  ours: Decision;
  theirs: SimulatorOutcome;
}

/** Parses with the product's parser; the generated policies are well-formed JSON objects. */
export function ourPolicy(json: PolicyJson): Policy {
  const { policy } = parsePolicy(JSON.stringify(json));
  if (!policy) throw new Error('a generated policy is not a JSON object');
  return policy;
}

export async function judge(json: PolicyJson, policy: Policy, spec: RequestSpec): Promise<Verdicts> {
  const ours = evaluatePolicy(policy, ourContext(spec), { kind: 'resource' }).decision;
  return { ours, theirs: await simulatorDecision(json, spec) };
}

export function agree({ ours, theirs }: Verdicts): boolean {
  return theirs.kind === 'decision' && theirs.decision === ours;
}

/**
 * `agree`, the ids of the known differences that explain the disagreement (the rewritten policy
 * makes both evaluators agree), or `unexplained`.
 */
export async function classify(json: PolicyJson, spec: RequestSpec, verdicts: Verdicts): Promise<string> {
  if (agree(verdicts)) return 'agree';
  const candidates: KnownDifference[][] = [...KNOWN_DIFFERENCES.map((d) => [d]), [...KNOWN_DIFFERENCES]];
  for (const differences of candidates) {
    let rewritten: PolicyJson | undefined = json;
    for (const difference of differences) rewritten = rewritten && difference.rewrite(rewritten);
    if (rewritten && agree(await judge(rewritten, ourPolicy(rewritten), spec)))
      return differences.map((d) => d.id).join(' + ');
  }
  return 'unexplained';
}
