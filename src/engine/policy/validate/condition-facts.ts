import type { ConditionKeyInfo } from '../catalog/key-types.ts';
import { findConditionKey } from '../catalog/keys.ts';
import { type ParsedOperator, parseOperatorName } from '../catalog/operators.ts';
import type { Statement } from '../types.ts';

/** What the catalogs know of one condition entry: its operator and its key (undefined: unknown). */
export interface ConditionFacts {
  operator: ParsedOperator | undefined;
  key: ConditionKeyInfo | undefined;
}

/**
 * The facts of each condition entry, in the statement's order. Looked up once per statement:
 * most checks ask about every entry, on every keystroke.
 */
export function conditionFacts(statement: Statement): ConditionFacts[] {
  const facts: ConditionFacts[] = [];
  for (const entry of statement.conditions) {
    facts.push({ operator: parseOperatorName(entry.operator.value), key: findConditionKey(entry.key.value) });
  }
  return facts;
}
