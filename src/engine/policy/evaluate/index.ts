export type { ContextKey, PrincipalType, RequestContext, RequestPrincipal } from '../context/types.ts';
export { evaluatePolicy } from './evaluate-policy.ts';
export type {
  ConditionTrace,
  Decision,
  ElementTrace,
  EvaluateOptions,
  EvaluationKind,
  PolicyEvaluation,
  PrincipalMatchKind,
  PrincipalTrace,
  StatementTrace,
} from './types.ts';
