import { numericOperator } from './values/ordered.ts';

/** The context value is greater than the policy value. */
export const numericGreaterThan = numericOperator('NumericGreaterThan', 'is greater than', (a, b) => a > b);
