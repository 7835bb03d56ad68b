import { numericOperator } from './values/ordered.ts';

/** The context value is greater than or equal to the policy value. */
export const numericGreaterThanEquals = numericOperator(
  'NumericGreaterThanEquals',
  'is greater than or equal to',
  (a, b) => a >= b,
);
