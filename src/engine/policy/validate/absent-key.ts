import type { ConditionEntry } from '../types.ts';

/**
 * What a condition evaluates to when the request carries no value for its key (IAM "condition
 * operators": ordinary operators are false, negated ones true, `...IfExists` true, `Null` true for
 * "true"; ForAllValues is true on an empty set, ForAnyValue false).
 */
export function valueWhenKeyAbsent(entry: ConditionEntry, negated: boolean): boolean {
  if (entry.setOperator === 'ForAllValues') return true;
  if (entry.setOperator === 'ForAnyValue') return false;
  if (entry.baseOperator === 'Null') return hasTrueValue(entry);
  if (entry.ifExists) return true;
  return negated;
}

/** A sentence saying what an always-true or always-false condition does to its statement. */
export function absentConsequence(effect: 'Allow' | 'Deny', conditionValue: boolean): string {
  if (conditionValue) {
    return effect === 'Deny'
      ? 'the condition is always true: this Deny applies to every matching request'
      : 'the condition is always true: it restricts nothing';
  }
  return effect === 'Deny'
    ? 'the condition is never true: this Deny never applies and protects nothing'
    : 'the condition is never true: this Allow never applies';
}

/** Whether a value of the condition is "true" in any case (as `Null` and `Bool` read it). */
export function hasTrueValue(entry: ConditionEntry): boolean {
  for (const value of entry.values) if (value.value.toLowerCase() === 'true') return true;
  return false;
}
