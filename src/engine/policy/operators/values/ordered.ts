import type { ValueOperator } from '../types.ts';
import { parseDateMs } from './date.ts';
import { parseNumber } from './number.ts';

/**
 * Numeric and Date operators share one shape: parse the policy value once, parse each context
 * value, compare. A value that does not parse never matches (IAM: the comparison fails).
 */
export type Compare = (contextValue: number, policyValue: number) => boolean;

function orderedOperator(
  family: 'Numeric' | 'Date',
  name: string,
  relation: string,
  compare: Compare,
): ValueOperator {
  const parse = family === 'Numeric' ? parseNumber : parseDateMs;
  const what = family === 'Numeric' ? 'a number' : 'a date (ISO 8601 or epoch seconds)';
  return {
    kind: 'value',
    name,
    family,
    negated: false,
    allowsVariables: false,
    relation,
    prepare(value) {
      const expected = parse(value.literal);
      if (expected === undefined) return { ok: false, problem: `"${value.literal}" is not ${what}` };
      return {
        ok: true,
        test: (contextValue) => {
          const actual = parse(contextValue);
          return actual !== undefined && compare(actual, expected);
        },
      };
    },
  };
}

export const numericOperator = (name: string, relation: string, compare: Compare) =>
  orderedOperator('Numeric', name, relation, compare);
export const dateOperator = (name: string, relation: string, compare: Compare) =>
  orderedOperator('Date', name, relation, compare);
