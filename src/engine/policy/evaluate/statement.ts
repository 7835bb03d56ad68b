import type { RequestPrincipal } from '../context/types.ts';
import type { Statement } from '../types.ts';
import { type ActionMatcher, compileActions } from './action-match.ts';
import { type ConditionRunner, compileCondition } from './condition-eval.ts';
import { compileNotPrincipal, compilePrincipal, type PrincipalMatcher } from './principal-match.ts';
import { compileResources, type ResourceMatcher, type ResourceTarget } from './resource-match.ts';
import type {
  ConditionTrace,
  ElementTrace,
  EvaluationKind,
  PrincipalTrace,
  StatementTrace,
} from './types.ts';

/**
 * One statement against one request: principal, action, resource and every condition are traced
 * (even after one fails) so a learner sees every value; the statement applies when all match.
 * The statement compiles once per policy; the returned function runs per request.
 */
export type StatementRunner = (target: ResourceTarget) => StatementTrace;

const constant =
  <T>(make: () => T) =>
  () =>
    make();

function principalMatcher(statement: Statement, kind: EvaluationKind | undefined): PrincipalMatcher {
  if (statement.principal) return compilePrincipal(statement.principal);
  if (statement.notPrincipal) return compileNotPrincipal(statement.notPrincipal);
  if (kind === 'resource') {
    return constant<PrincipalTrace>(() => ({
      element: 'none',
      matched: false,
      reason:
        'A bucket or key policy statement must name a Principal or NotPrincipal; this one names neither, so it applies to no one.',
    }));
  }
  return constant<PrincipalTrace>(() => ({
    element: 'none',
    matched: true,
    matchedBy: 'identity-policy',
    reason: 'No Principal: this is an identity policy, which applies to the principal it is attached to.',
  }));
}

function actionMatcher(statement: Statement): ActionMatcher {
  if (statement.action) return compileActions(statement.action, false);
  if (statement.notAction) return compileActions(statement.notAction, true);
  return constant<ElementTrace>(() => ({
    element: 'none',
    matched: false,
    reason: 'The statement names no Action or NotAction, so it covers no action.',
  }));
}

function resourceMatcher(statement: Statement): ResourceMatcher {
  if (statement.resource) return compileResources(statement.resource, false);
  if (statement.notResource) return compileResources(statement.notResource, true);
  return constant<ElementTrace>(() => ({
    element: 'none',
    matched: false,
    reason: 'The statement names no Resource or NotResource, so it covers no resource.',
  }));
}

export function compileStatement(statement: Statement, kind: EvaluationKind | undefined): StatementRunner {
  const effect = statement.effect.value;
  const validEffect = effect === 'Allow' || effect === 'Deny';
  const label = statement.sid ? `"${statement.sid.value}"` : `Statement[${statement.index}]`;
  const verb = effect === 'Allow' ? 'allows' : 'denies';
  const principal: PrincipalMatcher = principalMatcher(statement, kind);
  const action = actionMatcher(statement);
  const resource = resourceMatcher(statement);
  const conditions: ConditionRunner[] = statement.conditions.map(compileCondition);
  return (target) => {
    const caller: RequestPrincipal = target.context.principal;
    const p = principal(caller);
    const a = action(target.context.action);
    const r = resource(target);
    const c: ConditionTrace[] = [];
    let failed = (p.matched ? 0 : 1) + (a.matched ? 0 : 1) + (r.matched ? 0 : 1);
    let conditionsMatched = true;
    for (const run of conditions) {
      const condition = run(target.context);
      c.push(condition);
      if (!condition.matched) {
        failed++;
        conditionsMatched = false;
      }
    }
    const applies = validEffect && failed === 0;
    let reason: string;
    if (!validEffect)
      reason = `${label} has Effect "${effect}", which is neither Allow nor Deny, so it cannot apply.`;
    else if (applies)
      reason = `${label} applies: principal, action, resource and every condition match, so it ${verb} the request.`;
    else
      reason = `${label} does not apply: ${failed} of its parts ${failed === 1 ? 'does' : 'do'} not match.`;
    const trace: StatementTrace = {
      index: statement.index,
      effect,
      applies,
      principal: p,
      action: a,
      resource: r,
      conditions: c,
      conditionsMatched,
      reason,
      range: statement.range,
    };
    if (statement.sid) trace.sid = statement.sid.value;
    return trace;
  };
}
