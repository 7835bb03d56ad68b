import { dateOperator } from './values/ordered.ts';

/** The context value is at or after the policy value. */
export const dateGreaterThanEquals = dateOperator(
  'DateGreaterThanEquals',
  'is at or after',
  (a, b) => a >= b,
);
