import { equalBytes, fromBase64 } from '../../crypto/bytes.ts';
import type { ValueOperator } from './types.ts';

/** Strict base64 after trimming surrounding whitespace; undefined for text that is not base64. */
const decode = (text: string) => fromBase64(text.trim());

/** Byte-for-byte comparison of base64-encoded values (the policy holds the base64 text). */
export const binaryEquals: ValueOperator = {
  kind: 'value',
  name: 'BinaryEquals',
  family: 'Binary',
  negated: false,
  allowsVariables: false,
  relation: 'has the same bytes as',
  prepare(value) {
    const expected = decode(value.literal);
    if (expected === undefined) return { ok: false, problem: `"${value.literal}" is not base64` };
    return {
      ok: true,
      test: (contextValue) => {
        const actual = decode(contextValue);
        return actual !== undefined && equalBytes(actual, expected);
      },
    };
  },
};
