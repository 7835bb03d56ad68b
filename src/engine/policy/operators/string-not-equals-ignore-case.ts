import { stringEqualsIgnoreCase } from './string-equals-ignore-case.ts';
import { negationOf } from './types.ts';

/** True when the context value equals none of the policy values, ignoring case. */
export const stringNotEqualsIgnoreCase = negationOf(stringEqualsIgnoreCase, 'StringNotEqualsIgnoreCase');
