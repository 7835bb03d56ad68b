/**
 * The authorization step's typed `data` (the engine's Authorization and PolicyEvaluation) as the
 * view draws it. Fields the engine did not send stay undefined; nothing is recomputed.
 */
import type {
  AuthorizationData,
  ConditionTrace,
  ElementTrace,
  PolicyEvaluation,
  StatementTrace,
} from '../../../engine/index.ts';

export type ElementView = ElementTrace;
export type ConditionView = ConditionTrace;
export type StatementView = StatementTrace;
export type EvaluationView = PolicyEvaluation;

export interface AuthorizationView {
  action?: string;
  resource?: string;
  principal?: string;
  decision?: string;
  decidedBy?: string;
  publicGrantIgnored: boolean;
  /** The request context: key name → values. */
  context: [string, string[]][];
  bucketPolicy?: EvaluationView;
  identityPolicy?: EvaluationView;
}

export function readAuthorization(data: AuthorizationData): AuthorizationView {
  const { action, resource, principal, decision, decidedBy, evaluation } = data;
  return {
    ...(action !== undefined ? { action } : {}),
    ...(resource !== undefined ? { resource } : {}),
    ...(principal !== undefined ? { principal } : {}),
    ...(decision !== undefined ? { decision } : {}),
    ...(decidedBy !== undefined ? { decidedBy } : {}),
    publicGrantIgnored: data.publicGrantIgnored ?? false,
    context: Object.entries(data.context ?? {}),
    ...(evaluation?.bucketPolicy ? { bucketPolicy: evaluation.bucketPolicy } : {}),
    ...(evaluation?.identityPolicy ? { identityPolicy: evaluation.identityPolicy } : {}),
  };
}
