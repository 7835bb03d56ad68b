import type { ConditionKeyInfo } from '../catalog/key-types.ts';
import { findConditionKey } from '../catalog/keys.ts';
import { type ParsedOperator, parseOperatorName } from '../catalog/operators.ts';
import type { ConditionEntry, Statement } from '../types.ts';

/** A condition entry with what the catalogs know of it: its operator and its key (undefined: unknown). */
export interface ConditionFacts {
  entry: ConditionEntry;
  /** Its position in the statement's conditions. */
  item: number;
  operator: ParsedOperator | undefined;
  key: ConditionKeyInfo | undefined;
}

/**
 * The facts of each condition entry, in the statement's order. Looked up once per statement:
 * most checks ask about every entry, on every keystroke.
 */
export function conditionFacts(statement: Statement): ConditionFacts[] {
  const facts: ConditionFacts[] = [];
  for (let item = 0; item < statement.conditions.length; item++) {
    const entry = statement.conditions[item]!;
    const operator = parseOperatorName(entry.operator.value);
    facts.push({ entry, item, operator, key: findConditionKey(entry.key.value) });
  }
  return facts;
}

/**
 * The block also says `"Null": {key: "false"}`: the condition holds only for requests that send
 * the key, so a request without it is never caught by the statement.
 */
export function requiresKeySent(conditions: readonly ConditionFacts[], keyName: string): boolean {
  return conditions.some(
    ({ entry, key }) =>
      key?.name === keyName &&
      !entry.setOperator &&
      entry.baseOperator === 'Null' &&
      entry.values.length > 0 &&
      entry.values.every((v) => v.value.toLowerCase() === 'false'),
  );
}
