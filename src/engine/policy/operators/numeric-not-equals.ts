import { numericEquals } from './numeric-equals.ts';
import { negationOf } from './types.ts';

/** True when the context value equals none of the policy values (and when the key is absent). */
export const numericNotEquals = negationOf(numericEquals, 'NumericNotEquals');
