import { arnEquals } from './arn-equals.ts';
import { arnLike } from './arn-like.ts';
import { arnNotEquals } from './arn-not-equals.ts';
import { arnNotLike } from './arn-not-like.ts';
import { binaryEquals } from './binary-equals.ts';
import { bool } from './bool.ts';
import { dateEquals } from './date-equals.ts';
import { dateGreaterThan } from './date-greater-than.ts';
import { dateGreaterThanEquals } from './date-greater-than-equals.ts';
import { dateLessThan } from './date-less-than.ts';
import { dateLessThanEquals } from './date-less-than-equals.ts';
import { dateNotEquals } from './date-not-equals.ts';
import { ipAddress } from './ip-address.ts';
import { notIpAddress } from './not-ip-address.ts';
import { nullOperator } from './null.ts';
import { numericEquals } from './numeric-equals.ts';
import { numericGreaterThan } from './numeric-greater-than.ts';
import { numericGreaterThanEquals } from './numeric-greater-than-equals.ts';
import { numericLessThan } from './numeric-less-than.ts';
import { numericLessThanEquals } from './numeric-less-than-equals.ts';
import { numericNotEquals } from './numeric-not-equals.ts';
import { stringEquals } from './string-equals.ts';
import { stringEqualsIgnoreCase } from './string-equals-ignore-case.ts';
import { stringLike } from './string-like.ts';
import { stringNotEquals } from './string-not-equals.ts';
import { stringNotEqualsIgnoreCase } from './string-not-equals-ignore-case.ts';
import { stringNotLike } from './string-not-like.ts';
import type { ConditionOperator } from './types.ts';

/** Every condition operator IAM defines, by its exact name (without set prefix or IfExists). */
export const CONDITION_OPERATORS: readonly ConditionOperator[] = [
  stringEquals,
  stringNotEquals,
  stringEqualsIgnoreCase,
  stringNotEqualsIgnoreCase,
  stringLike,
  stringNotLike,
  numericEquals,
  numericNotEquals,
  numericLessThan,
  numericLessThanEquals,
  numericGreaterThan,
  numericGreaterThanEquals,
  dateEquals,
  dateNotEquals,
  dateLessThan,
  dateLessThanEquals,
  dateGreaterThan,
  dateGreaterThanEquals,
  bool,
  binaryEquals,
  ipAddress,
  notIpAddress,
  arnEquals,
  arnLike,
  arnNotEquals,
  arnNotLike,
  nullOperator,
];

const byName = new Map<string, ConditionOperator>(CONDITION_OPERATORS.map((op) => [op.name, op]));

export function findOperator(name: string): ConditionOperator | undefined {
  return byName.get(name);
}

export type { ConditionOperator, PolicyValue, PreparedValue, ValueOperator } from './types.ts';
