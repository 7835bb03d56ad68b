import type { ValueOperator } from './types.ts';

/** `true` or `false`, compared without regard to case; any other policy value never matches. */
export const bool: ValueOperator = {
  kind: 'value',
  name: 'Bool',
  family: 'Bool',
  negated: false,
  allowsVariables: false,
  relation: 'is',
  prepare(value) {
    const expected = value.literal.trim().toLowerCase();
    if (expected !== 'true' && expected !== 'false') {
      return { ok: false, problem: `"${value.literal}" is not "true" or "false"` };
    }
    return { ok: true, test: (contextValue) => contextValue.trim().toLowerCase() === expected };
  },
};
