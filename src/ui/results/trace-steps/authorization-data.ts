/**
 * Reads the authorization step's `data` (the engine's Authorization and PolicyEvaluation as JSON)
 * into what the view draws. Fields the engine did not send stay undefined; nothing is recomputed.
 */
import type { JsonObject, JsonValue } from '../../../engine/index.ts';
import { asArray, asBoolean, asNumber, asObject, asString, asStrings } from '../format/json-data.ts';

export interface ElementView {
  element: string;
  matched: boolean;
  matchedValue?: string;
  reason: string;
}

export interface ConditionView {
  operator: string;
  key: string;
  keyPresent: boolean;
  contextValues: string[];
  policyValues: string[];
  resolvedPolicyValues?: string[];
  matched: boolean;
  reason: string;
}

export interface StatementView {
  index: number;
  sid?: string;
  effect: string;
  applies: boolean;
  principal?: ElementView;
  action?: ElementView;
  resource?: ElementView;
  conditions: ConditionView[];
  reason: string;
}

export interface EvaluationView {
  decision: string;
  decidingStatement?: number;
  statements: StatementView[];
  summary?: string;
}

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

function readElement(value: JsonValue | undefined): ElementView | undefined {
  const o = asObject(value);
  const matched = asBoolean(o?.matched);
  if (!o || matched === undefined) return undefined;
  const matchedValue = asString(o.matchedValue);
  return {
    element: asString(o.element) ?? '',
    matched,
    ...(matchedValue !== undefined ? { matchedValue } : {}),
    reason: asString(o.reason) ?? '',
  };
}

function readCondition(value: JsonValue): ConditionView | undefined {
  const o = asObject(value);
  if (!o) return undefined;
  const resolved = asStrings(o.resolvedPolicyValues);
  return {
    operator: asString(o.operator) ?? '',
    key: asString(o.key) ?? '',
    keyPresent: asBoolean(o.keyPresent) ?? false,
    contextValues: asStrings(o.contextValues) ?? [],
    policyValues: asStrings(o.policyValues) ?? [],
    ...(resolved ? { resolvedPolicyValues: resolved } : {}),
    matched: asBoolean(o.matched) ?? false,
    reason: asString(o.reason) ?? '',
  };
}

function readStatement(value: JsonValue, position: number): StatementView | undefined {
  const o = asObject(value);
  if (!o) return undefined;
  const sid = asString(o.sid);
  const principal = readElement(o.principal);
  const action = readElement(o.action);
  const resource = readElement(o.resource);
  return {
    index: asNumber(o.index) ?? position,
    ...(sid !== undefined ? { sid } : {}),
    effect: asString(o.effect) ?? '',
    applies: asBoolean(o.applies) ?? false,
    ...(principal ? { principal } : {}),
    ...(action ? { action } : {}),
    ...(resource ? { resource } : {}),
    conditions: (asArray(o.conditions) ?? []).flatMap((c) => readCondition(c) ?? []),
    reason: asString(o.reason) ?? '',
  };
}

export function readEvaluation(value: JsonValue | undefined): EvaluationView | undefined {
  const o = asObject(value);
  const statements = asArray(o?.statements);
  if (!o || !statements) return undefined;
  const deciding = asNumber(o.decidingStatement);
  const summary = asString(o.summary);
  return {
    decision: asString(o.decision) ?? '',
    ...(deciding !== undefined ? { decidingStatement: deciding } : {}),
    statements: statements.flatMap((s, i) => readStatement(s, i) ?? []),
    ...(summary !== undefined ? { summary } : {}),
  };
}

export function readAuthorization(data: JsonObject): AuthorizationView {
  const evaluation = asObject(data.evaluation);
  const context = asObject(data.context) ?? {};
  const bucketPolicy = readEvaluation(evaluation?.bucketPolicy);
  const identityPolicy = readEvaluation(evaluation?.identityPolicy);
  const text = (name: string) => asString(data[name]);
  const optional = (name: string) => (text(name) !== undefined ? { [name]: text(name) } : {});
  return {
    ...optional('action'),
    ...optional('resource'),
    ...optional('principal'),
    ...optional('decision'),
    ...optional('decidedBy'),
    publicGrantIgnored: asBoolean(data.publicGrantIgnored) ?? false,
    context: Object.entries(context).map(([key, values]) => [key, asStrings(values) ?? []]),
    ...(bucketPolicy ? { bucketPolicy } : {}),
    ...(identityPolicy ? { identityPolicy } : {}),
  };
}
