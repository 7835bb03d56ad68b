import { stringLike } from './string-like.ts';
import { negationOf } from './types.ts';

/** True when the context value matches none of the patterns. */
export const stringNotLike = negationOf(stringLike, 'StringNotLike');
