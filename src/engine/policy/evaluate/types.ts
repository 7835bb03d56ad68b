import type { Effect, Range } from '../types.ts';

/**
 * The explanation of a policy evaluation as plain, serialisable data: the UI renders it as it is,
 * tests compare it, a share link can carry it. Every element says whether it matched and why, in
 * a sentence a learner can read.
 */

export type Decision = 'Allow' | 'ExplicitDeny' | 'ImplicitDeny';

/**
 * How the principal matched: `everyone` (`*`), `account` (the caller's account was named, which in
 * a resource policy delegates to the account), `principal` (the caller itself, or the role of an
 * assumed-role session), `not-principal` (not excluded by NotPrincipal), `identity-policy` (no
 * Principal element: the policy is attached to the caller).
 */
export type PrincipalMatchKind = 'everyone' | 'account' | 'principal' | 'not-principal' | 'identity-policy';

export interface ElementTrace {
  element: 'Principal' | 'NotPrincipal' | 'Action' | 'NotAction' | 'Resource' | 'NotResource' | 'none';
  matched: boolean;
  /** The policy value that matched (for Not* elements: none matched, so this is absent). */
  matchedValue?: string;
  reason: string;
}

export interface PrincipalTrace extends ElementTrace {
  matchedBy?: PrincipalMatchKind;
}

export interface ConditionTrace {
  /** As written, e.g. `ForAnyValue:StringNotEqualsIfExists`. */
  operator: string;
  key: string;
  keyPresent: boolean;
  /** The request's values for the key (empty when absent). */
  contextValues: string[];
  /** The policy values as written. */
  policyValues: string[];
  /** The policy values after policy variables were substituted, when any were. */
  resolvedPolicyValues?: string[];
  matched: boolean;
  /** True when the condition cannot match whatever the request holds (unknown operator, bad value). */
  failedClosed: boolean;
  reason: string;
  range: Range;
}

export interface StatementTrace {
  index: number;
  sid?: string;
  effect: Effect | string;
  /** Principal, action, resource and every condition matched. */
  applies: boolean;
  principal: PrincipalTrace;
  action: ElementTrace;
  resource: ElementTrace;
  conditions: ConditionTrace[];
  conditionsMatched: boolean;
  reason: string;
  range: Range;
}

export interface PolicyEvaluation {
  decision: Decision;
  /** Index of the statement that decided: the first applying Deny, else the first applying Allow. */
  decidingStatement?: number;
  statements: StatementTrace[];
  /** One sentence naming the deciding statement (Sid or index) and the kind of decision. */
  summary: string;
}

/**
 * `resource`: a bucket or key policy, whose statements must name a Principal or NotPrincipal.
 * `identity`: a policy attached to the caller, whose statements have none.
 */
export type EvaluationKind = 'resource' | 'identity';

export interface EvaluateOptions {
  kind?: EvaluationKind;
}
