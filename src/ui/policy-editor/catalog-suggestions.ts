/**
 * What the editor offers where the cursor is, from the engine's catalog: S3 actions in Action and
 * NotAction, operators directly under Condition, condition keys under an operator (keys whose type
 * suits the operator first), and the documentation shown on hover.
 */
import {
  allOperatorSpellings,
  CONDITION_KEYS,
  type ConditionKeyInfo,
  type ConditionKeyType,
  findConditionKey,
  findS3Action,
  type OperatorValueType,
  parseOperatorName,
  S3_ACTIONS,
} from '../../engine/index.ts';
import type { JsonLocation } from './json-location.ts';

export type SuggestionKind = 'action' | 'operator' | 'key';

export interface CatalogSuggestion {
  kind: SuggestionKind;
  label: string;
  detail: string;
  documentation: string;
  /** Orders the list: suggestions that fit the context come first. */
  sortText: string;
}

const KEY_TYPES_FOR: Record<OperatorValueType, readonly ConditionKeyType[]> = {
  String: ['String', 'ARN'],
  Numeric: ['Numeric'],
  Date: ['Date'],
  Bool: ['Bool'],
  Binary: ['Binary'],
  IP: ['IP'],
  ARN: ['ARN', 'String'],
};

function operatorSuggestions(): CatalogSuggestion[] {
  return allOperatorSpellings().map((name, index) => {
    const parsed = parseOperatorName(name);
    return {
      kind: 'operator',
      label: name,
      detail: parsed ? `${parsed.base.family} condition operator` : 'condition operator',
      documentation: operatorDoc(name) ?? '',
      sortText: String(index).padStart(4, '0'),
    };
  });
}

const keyLabel = (info: ConditionKeyInfo) => info.name.replace('/<key>', '/');

function keySuggestions(operator: string): CatalogSuggestion[] {
  const parsed = parseOperatorName(operator);
  const fitting = parsed && parsed.base.family !== 'Null' ? KEY_TYPES_FOR[parsed.base.valueType] : undefined;
  return CONDITION_KEYS.map((info) => {
    const fits = !fitting || fitting.includes(info.type);
    return {
      kind: 'key',
      label: keyLabel(info),
      detail: `${info.type} condition key${fits ? '' : ` (does not suit ${operator})`}`,
      documentation: keyDoc(info),
      sortText: `${fits ? 'a' : 'b'}${info.name}`,
    };
  });
}

function actionSuggestions(): CatalogSuggestion[] {
  return S3_ACTIONS.map((action) => ({
    kind: 'action',
    label: action.name,
    detail: `S3 ${action.resource} action`,
    documentation: action.doc,
    sortText: action.name,
  }));
}

/** The catalog entries that fit the cursor's place in the policy; empty elsewhere. */
export function catalogSuggestions(location: JsonLocation): CatalogSuggestion[] {
  const { path, inKey } = location;
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  if (!inKey && (last === 'Action' || last === 'NotAction')) return actionSuggestions();
  if (inKey && last === 'Condition') return operatorSuggestions();
  if (inKey && parent === 'Condition' && last !== undefined) return keySuggestions(last);
  return [];
}

function operatorDoc(name: string): string | undefined {
  const parsed = parseOperatorName(name);
  if (!parsed) return undefined;
  const parts = [parsed.base.doc];
  if (parsed.ifExists) parts.push('IfExists: also true when the key is absent from the request.');
  if (parsed.setOperator === 'ForAnyValue')
    parts.push('ForAnyValue: true if at least one request value matches.');
  if (parsed.setOperator === 'ForAllValues') {
    parts.push('ForAllValues: true if every request value matches, and also when the key is absent.');
  }
  return parts.join(' ');
}

function keyDoc(info: ConditionKeyInfo): string {
  const actions = info.actions === 'all' ? 'every request' : info.actions.join(', ');
  return `${info.doc}\n\nType ${info.type}${info.multiValued ? ', several values' : ''}. Sent for ${actions}.`;
}

/** Hover text for a string in the policy: an S3 action, a condition operator or a condition key. */
export function catalogHover(word: string): { title: string; body: string } | undefined {
  const action = findS3Action(word);
  if (action) return { title: `${action.name} (${action.resource} action)`, body: action.doc };
  const operator = operatorDoc(word);
  if (operator) return { title: `${word} (condition operator)`, body: operator };
  const key = findConditionKey(word);
  if (key) return { title: `${keyLabel(key)} (${key.type} condition key)`, body: keyDoc(key) };
  return undefined;
}
