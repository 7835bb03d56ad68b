/**
 * The shape every condition operator shares. A value operator prepares each policy value once and
 * returns the positive test for one context value; negated operators (StringNotEquals, ...) keep
 * the positive test of their sibling and set `negated`, and the evaluator applies IAM's rule:
 * several policy values are ORed for ordinary operators and NORed for negated ones.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 */

export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/**
 * A policy value after policy variables are resolved. `literal` is the text itself; `glob` is the
 * same text for wildcard matching, where `\` escapes a character that must be taken literally
 * (a `${*}` or a `*` that came from a variable's value is not a wildcard).
 */
export interface PolicyValue {
  literal: string;
  glob: string;
}

export type ValueTest = (contextValue: string) => boolean;

/** `problem` is a sentence fragment: `"abc" is not a number`. */
export type PreparedValue = { ok: true; test: ValueTest } | { ok: false; problem: string };

export interface ValueOperator {
  kind: 'value';
  name: string;
  family: OperatorFamily;
  negated: boolean;
  /** IAM substitutes policy variables only for the string and ARN operators. */
  allowsVariables: boolean;
  /** How a matching pair reads in a sentence, e.g. "equals", "is less than". */
  relation: string;
  prepare(value: PolicyValue): PreparedValue;
}

/** `Null` looks only at whether the key is in the request, never at its values. */
export interface PresenceOperator {
  kind: 'presence';
  name: 'Null';
  family: 'Null';
}

export type ConditionOperator = ValueOperator | PresenceOperator;

/** Wraps a positive operator as its negation (StringNotEquals from StringEquals, ...). */
export function negationOf(positive: ValueOperator, name: string): ValueOperator {
  return { ...positive, name, negated: true };
}
