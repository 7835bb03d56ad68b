import type { RequestContext } from '../context/types.ts';
import type { PolicyValue, PreparedValue, ValueOperator, ValueTest } from '../operators/types.ts';
import { ownCopy } from '../own-copy.ts';
import { literalPolicyValue, resolvePolicyValue } from './variables.ts';

/**
 * Policy values turned into tests: without variables once per policy; with variables per
 * request, through a cache keyed by the substituted text.
 */
const prepared = new Map<string, PreparedValue>();
const PREPARED_LIMIT = 5000;

function prepareCached(op: ValueOperator, value: PolicyValue): PreparedValue {
  const cacheKey = `${op.name}\u0000${value.glob}`;
  let result = prepared.get(cacheKey);
  if (!result) {
    if (prepared.size >= PREPARED_LIMIT) prepared.clear();
    // Copies, not the policy text the value was cut from: the cache outlives the policy.
    result = op.prepare({ literal: ownCopy(value.literal), glob: ownCopy(value.glob) });
    prepared.set(ownCopy(cacheKey), result);
  }
  return result;
}

/** A value as written (no variable substitution). */
export function prepareValue(op: ValueOperator, raw: string): PreparedValue {
  const value = literalPolicyValue(raw);
  return prepareCached(op, value);
}

export type ResolvedTests =
  | { ok: true; tests: ValueTest[]; literals: string[] }
  | { ok: false; problem: string };

/** Values with policy variables, substituted from this request's context. */
export function resolveTests(op: ValueOperator, raws: string[], context: RequestContext): ResolvedTests {
  const tests: ValueTest[] = [];
  const literals: string[] = [];
  for (const raw of raws) {
    const resolved = resolvePolicyValue(raw, context);
    if (!resolved.ok)
      return { ok: false, problem: `The policy variable ${resolved.variable} has no value in this request.` };
    const value = resolved.value;
    const p = prepareCached(op, value);
    if (!p.ok) return { ok: false, problem: `${op.name} cannot compare with ${p.problem}.` };
    tests.push(p.test);
    literals.push(value.literal);
  }
  return { ok: true, tests, literals };
}
