import { arnLike } from './arn-like.ts';
import { negationOf } from './types.ts';

/** True when the context ARN matches none of the patterns (and when the key is absent). */
export const arnNotLike = negationOf(arnLike, 'ArnNotLike');
