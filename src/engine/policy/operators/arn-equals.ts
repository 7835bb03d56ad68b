import { arnLike } from './arn-like.ts';
import type { ValueOperator } from './types.ts';

/**
 * IAM documents ArnEquals and ArnLike with the same behaviour: both compare segment by segment
 * and both accept wildcards within a segment.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
 */
export const arnEquals: ValueOperator = { ...arnLike, name: 'ArnEquals', relation: 'matches the ARN' };
