import { dateOperator } from './values/ordered.ts';

/** The context value is before the policy value. */
export const dateLessThan = dateOperator('DateLessThan', 'is before', (a, b) => a < b);
