import { dateOperator } from './values/ordered.ts';

/** The context value is the same time as the policy value. */
export const dateEquals = dateOperator('DateEquals', 'is the same time as', (a, b) => a === b);
