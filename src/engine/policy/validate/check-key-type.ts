import type { ConditionKeyInfo, ConditionKeyType } from '../catalog/key-types.ts';
import type { OperatorFamily, OperatorInfo } from '../catalog/operators.ts';
import { Phase } from '../parse/s3-order.ts';
import type { ConditionEntry } from '../types.ts';
import type { CheckContext } from './check-context.ts';

/** Operator families that compare a key of each type meaningfully (IAM condition operators). */
const FITTING: Readonly<Record<ConditionKeyType, readonly OperatorFamily[]>> = {
  String: ['String', 'Null'],
  ARN: ['Arn', 'String', 'Null'],
  Numeric: ['Numeric', 'Null'],
  Date: ['Date', 'Numeric', 'Null'],
  Bool: ['Bool', 'Null'],
  IP: ['IpAddress', 'Null'],
  Binary: ['Binary', 'Null'],
};

const SUGGESTED: Readonly<Record<ConditionKeyType, string>> = {
  String: 'a String operator (StringEquals, StringLike, ...)',
  ARN: 'an Arn operator (ArnLike, ArnEquals) or a String operator',
  Numeric: 'a Numeric operator (NumericLessThan, ...)',
  Date: 'a Date operator (DateGreaterThan, ...)',
  Bool: 'Bool',
  IP: 'IpAddress or NotIpAddress',
  Binary: 'BinaryEquals',
};

/** Warns when the operator does not fit the key's type, e.g. aws:SecureTransport with StringEquals. */
export function checkKeyOperatorFit(
  ctx: CheckContext,
  entry: ConditionEntry,
  info: ConditionKeyInfo | undefined,
  operator: OperatorInfo,
): void {
  if (!info || FITTING[info.type].includes(operator.family)) return;
  const secureTransport = info.name === 'aws:SecureTransport' && operator.family === 'String';
  const message = secureTransport
    ? `aws:SecureTransport is a Bool key: compare it with "Bool" ("Bool": {"aws:SecureTransport": "false"}). ${entry.operator.value} compares the text exactly, so a value such as "False" or "0" silently never matches`
    : `${info.name} is a ${info.type} key but ${entry.operator.value} compares ${operator.family === 'String' ? 'text' : operator.family} values: use ${SUGGESTED[info.type]}`;
  ctx.sink.addAt(
    {
      severity: 'warning',
      code: secureTransport ? 'securetransport-string-operator' : 'operator-type-mismatch',
      message,
      rank: [Phase.Advice],
    },
    entry.operator.range,
  );
}
