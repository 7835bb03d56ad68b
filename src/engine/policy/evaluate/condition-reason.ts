/**
 * The one-sentence reasons of condition traces. Kept apart from the evaluation so the wording can
 * change without touching the logic.
 */

const q = (v: string) => `"${v}"`;

function valueList(values: string[]): string {
  return values.length === 1 ? q(values[0] as string) : `any of [${values.map(q).join(', ')}]`;
}

const NEGATED_VERB: Record<string, string> = { equals: 'equal', matches: 'match', has: 'have' };

/** "equals" → "does not equal", "is less than" → "is not less than". */
function negateRelation(relation: string): string {
  if (relation.startsWith('is ')) return `is not ${relation.slice(3)}`;
  if (relation === 'is') return 'is not';
  const [verb, ...rest] = relation.split(' ');
  const base = NEGATED_VERB[verb as string] ?? verb;
  return ['does not', base, ...rest].join(' ');
}

export type AbsentRule =
  | 'ForAllValues'
  | 'ForAnyValue'
  | 'ForAnyValueIfExists'
  | 'IfExists'
  | 'negated'
  | 'positive';

export function absentReason(key: string, operator: string, rule: AbsentRule): string {
  const start = `${key} is absent from the request, and`;
  switch (rule) {
    case 'ForAllValues':
      return `${start} ForAllValues is true when there is no value to check.`;
    case 'ForAnyValue':
      return `${start} ForAnyValue is false when there is no value to check.`;
    case 'ForAnyValueIfExists':
      return `${start} ForAnyValue is false when there is no value to check; IfExists does not change that, as it applies to each value inside ForAnyValue.`;
    case 'IfExists':
    case 'negated':
      return `${start} ${operator} is true for an absent key.`;
    case 'positive':
      return `${start} ${operator} is false for an absent key.`;
  }
}

export function singleValueReason(args: {
  key: string;
  operator: string;
  relation: string;
  contextValue: string;
  /** The policy value that matched, when one did. */
  matchedPolicyValue?: string;
  policyValues: string[];
  matched: boolean;
}): string {
  const { key, operator, relation, contextValue, matchedPolicyValue, policyValues, matched } = args;
  const pair =
    matchedPolicyValue !== undefined
      ? `${relation} ${q(matchedPolicyValue)}`
      : `${negateRelation(relation)} ${valueList(policyValues)}`;
  return `${key} is ${q(contextValue)}, which ${pair}, so ${operator} is ${matched}.`;
}

export function setReason(args: {
  key: string;
  setOperator: 'ForAnyValue' | 'ForAllValues';
  baseOperator: string;
  contextValues: string[];
  matched: boolean;
  /** The deciding context value: one that satisfied (ForAnyValue) or failed (ForAllValues). */
  witness?: string;
}): string {
  const { key, setOperator, baseOperator, contextValues, matched, witness } = args;
  const all = `[${contextValues.map(q).join(', ')}]`;
  if (setOperator === 'ForAnyValue') {
    return matched
      ? `${key} value ${q(witness ?? '')} satisfies ${baseOperator}, so ForAnyValue is true.`
      : `No value of ${key} (${all}) satisfies ${baseOperator}, so ForAnyValue is false.`;
  }
  return matched
    ? `Every value of ${key} (${all}) satisfies ${baseOperator}, so ForAllValues is true.`
    : `${key} value ${q(witness ?? '')} does not satisfy ${baseOperator}, so ForAllValues is false.`;
}

/** `asked` is how the policy values read, e.g. `"true"` or `"true" or "false"`. */
export function nullReason(
  key: string,
  contextValues: string[] | undefined,
  asked: string,
  acceptsAbsent: boolean,
  acceptsPresent: boolean,
): string {
  if (contextValues === undefined) {
    return acceptsAbsent
      ? `${key} is absent from the request, and Null ${asked} matches an absent key.`
      : `${key} is absent from the request, and Null ${asked} matches only a present key.`;
  }
  const shown = contextValues.length === 1 ? q(contextValues[0] as string) : contextValues.map(q).join(', ');
  return acceptsPresent
    ? `${key} is present (${shown}), and Null ${asked} matches a present key.`
    : `${key} is present (${shown}), and Null ${asked} matches only an absent key.`;
}
