import { numericOperator } from './values/ordered.ts';

/** The context value equals the policy value. */
export const numericEquals = numericOperator('NumericEquals', 'equals', (a, b) => a === b);
