import type { ValueOperator } from './types.ts';

/** Exact, case-sensitive string comparison. */
export const stringEquals: ValueOperator = {
  kind: 'value',
  name: 'StringEquals',
  family: 'String',
  negated: false,
  allowsVariables: true,
  relation: 'equals',
  prepare(value) {
    const expected = value.literal;
    return { ok: true, test: (contextValue) => contextValue === expected };
  },
};
