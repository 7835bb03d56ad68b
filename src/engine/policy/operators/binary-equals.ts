import type { ValueOperator } from './types.ts';
import { decodeBase64 } from './values/base64.ts';

/** Byte-for-byte comparison of base64-encoded values (the policy holds the base64 text). */
export const binaryEquals: ValueOperator = {
  kind: 'value',
  name: 'BinaryEquals',
  family: 'Binary',
  negated: false,
  allowsVariables: false,
  relation: 'has the same bytes as',
  prepare(value) {
    const expected = decodeBase64(value.literal);
    if (expected === undefined) return { ok: false, problem: `"${value.literal}" is not base64` };
    return { ok: true, test: (contextValue) => decodeBase64(contextValue) === expected };
  },
};
