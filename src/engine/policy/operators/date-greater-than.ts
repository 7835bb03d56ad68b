import { dateOperator } from './values/ordered.ts';

/** The context value is after the policy value. */
export const dateGreaterThan = dateOperator('DateGreaterThan', 'is after', (a, b) => a > b);
