import { dateOperator } from './values/ordered.ts';

/** The context value is at or before the policy value. */
export const dateLessThanEquals = dateOperator('DateLessThanEquals', 'is at or before', (a, b) => a <= b);
