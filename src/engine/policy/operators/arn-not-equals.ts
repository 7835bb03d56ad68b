import { arnEquals } from './arn-equals.ts';
import { negationOf } from './types.ts';

/** True when the context ARN matches none of the policy ARNs (and when the key is absent). */
export const arnNotEquals = negationOf(arnEquals, 'ArnNotEquals');
