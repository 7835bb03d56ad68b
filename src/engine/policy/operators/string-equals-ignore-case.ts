import type { ValueOperator } from './types.ts';

/** Exact string comparison that ignores case. */
export const stringEqualsIgnoreCase: ValueOperator = {
  kind: 'value',
  name: 'StringEqualsIgnoreCase',
  family: 'String',
  negated: false,
  allowsVariables: true,
  relation: 'equals (ignoring case)',
  prepare(value) {
    const expected = value.literal.toLowerCase();
    return { ok: true, test: (contextValue) => contextValue.toLowerCase() === expected };
  },
};
