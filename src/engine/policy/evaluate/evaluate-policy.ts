import type { RequestContext } from '../context/types.ts';
import { splitArn } from '../operators/values/arn.ts';
import type { Policy } from '../types.ts';
import { compileStatement, type StatementRunner } from './statement.ts';
import type { EvaluateOptions, EvaluationKind, PolicyEvaluation, StatementTrace } from './types.ts';

/**
 * IAM's rule inside one policy: an applying Deny wins over any Allow; otherwise an applying Allow
 * allows; otherwise the request is implicitly denied. Every statement is traced. A policy compiles
 * once (wildcards, values, operators) and is cached by identity, so repeated requests against the
 * same parsed policy only run the compiled tests.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html
 */

const compiledPolicies = new WeakMap<Policy, Map<EvaluationKind | 'auto', StatementRunner[]>>();

function compiled(policy: Policy, kind: EvaluationKind | undefined): StatementRunner[] {
  let byKind = compiledPolicies.get(policy);
  if (!byKind) {
    byKind = new Map();
    compiledPolicies.set(policy, byKind);
  }
  let runners = byKind.get(kind ?? 'auto');
  if (!runners) {
    runners = policy.statements.map((s) => compileStatement(s, kind));
    byKind.set(kind ?? 'auto', runners);
  }
  return runners;
}

/** "Statement "Sid" (Statement[2])" or "Statement[2] (no Sid)". */
export function statementName(trace: StatementTrace): string {
  return trace.sid
    ? `Statement "${trace.sid}" (Statement[${trace.index}])`
    : `Statement[${trace.index}] (no Sid)`;
}

function summarize(
  decision: PolicyEvaluation['decision'],
  deciding: StatementTrace | undefined,
  context: RequestContext,
): string {
  const what = `${context.action} on ${context.resource}`;
  if (decision === 'ExplicitDeny' && deciding)
    return `Explicit deny: ${statementName(deciding)} denies ${what}, and an explicit deny always wins.`;
  if (decision === 'Allow' && deciding)
    return `Allow: ${statementName(deciding)} allows ${what}, and no statement denies it.`;
  return `Implicit deny: no statement allows ${what}, so it is denied by default.`;
}

export function evaluatePolicy(
  policy: Policy,
  context: RequestContext,
  options: EvaluateOptions = {},
): PolicyEvaluation {
  const target = { context, resourceParts: splitArn(context.resource) };
  const runners = compiled(policy, options.kind);
  const statements: StatementTrace[] = [];
  let deny: StatementTrace | undefined;
  let allow: StatementTrace | undefined;
  for (const run of runners) {
    const trace = run(target);
    statements.push(trace);
    if (trace.applies && trace.effect === 'Deny' && !deny) deny = trace;
    if (trace.applies && trace.effect === 'Allow' && !allow) allow = trace;
  }
  const deciding = deny ?? allow;
  const decision = deny ? 'ExplicitDeny' : allow ? 'Allow' : 'ImplicitDeny';
  const evaluation: PolicyEvaluation = {
    decision,
    statements,
    summary: summarize(decision, deciding, context),
  };
  if (deciding) evaluation.decidingStatement = deciding.index;
  return evaluation;
}
