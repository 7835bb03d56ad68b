import type { ValueOperator } from './types.ts';
import { compileArnPattern, splitArn } from './values/arn.ts';

/** Segment-by-segment ARN match; `*` and `?` work inside each of the six segments. */
export const arnLike: ValueOperator = {
  kind: 'value',
  name: 'ArnLike',
  family: 'Arn',
  negated: false,
  allowsVariables: true,
  relation: 'matches the ARN pattern',
  prepare(value) {
    const matches = compileArnPattern(value.glob);
    return { ok: true, test: (contextValue) => matches(splitArn(contextValue)) };
  },
};
