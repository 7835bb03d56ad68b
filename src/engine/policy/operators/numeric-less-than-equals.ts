import { numericOperator } from './values/ordered.ts';

/** The context value is less than or equal to the policy value. */
export const numericLessThanEquals = numericOperator(
  'NumericLessThanEquals',
  'is less than or equal to',
  (a, b) => a <= b,
);
