/** The S3 policy catalog: actions, condition operators and condition keys (editor completion and hover). */
export {
  type ActionResourceKind,
  findS3Action,
  S3_ACTIONS,
  type S3ActionInfo,
  s3ActionsMatching,
} from './actions.ts';
export type { ConditionKeyInfo, ConditionKeyType } from './key-types.ts';
export { CONDITION_KEYS, conditionKeyNames, findConditionKey, keyAppliesToAction } from './keys.ts';
export {
  allOperatorSpellings,
  OPERATOR_CATALOG,
  type OperatorFamily,
  type OperatorInfo,
  type OperatorValueType,
  type ParsedOperator,
  parseOperatorName,
} from './operators.ts';
export { closestName, wildcardMatch } from './wildcard.ts';
