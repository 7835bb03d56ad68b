import type { OperatorValueType } from '../../catalog/operators.ts';
import { ipValueProblem } from './ip.ts';
import {
  arnValueProblem,
  binaryValueProblem,
  boolValueProblem,
  dateValueProblem,
  numericValueProblem,
} from './scalar.ts';

/** What is wrong with a policy value for an operator of this value type; undefined when fine. */
export const VALUE_CHECKS: Readonly<Record<OperatorValueType, (value: string) => string | undefined>> = {
  String: () => undefined,
  Numeric: numericValueProblem,
  Date: dateValueProblem,
  Bool: boolValueProblem,
  Binary: binaryValueProblem,
  IP: ipValueProblem,
  ARN: arnValueProblem,
};
