import type { ValueOperator } from './types.ts';
import { compileGlob } from './values/glob.ts';

/** Case-sensitive match with the `*` and `?` wildcards. */
export const stringLike: ValueOperator = {
  kind: 'value',
  name: 'StringLike',
  family: 'String',
  negated: false,
  allowsVariables: true,
  relation: 'matches the pattern',
  prepare(value) {
    return { ok: true, test: compileGlob(value.glob) };
  },
};
