import { numericOperator } from './values/ordered.ts';

/** The context value is less than the policy value. */
export const numericLessThan = numericOperator('NumericLessThan', 'is less than', (a, b) => a < b);
