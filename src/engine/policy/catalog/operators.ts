/**
 * Condition operators of the IAM policy language
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html).
 */
export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** How the operator reads its policy values. */
export type OperatorValueType = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IP' | 'ARN';

export interface OperatorInfo {
  name: string;
  family: OperatorFamily;
  valueType: OperatorValueType;
  /** Negated operators match when the key is absent and combine several values as NOR. */
  negated: boolean;
  doc: string;
}

const op = (
  name: string,
  family: OperatorFamily,
  valueType: OperatorValueType,
  negated: boolean,
  doc: string,
): OperatorInfo => ({ name, family, valueType, negated, doc });

export const OPERATOR_CATALOG: readonly OperatorInfo[] = [
  op('StringEquals', 'String', 'String', false, 'Exact, case-sensitive match with any of the values.'),
  op(
    'StringNotEquals',
    'String',
    'String',
    true,
    'True when the value equals none of the values, or the key is absent.',
  ),
  op('StringEqualsIgnoreCase', 'String', 'String', false, 'Match with any of the values, ignoring case.'),
  op(
    'StringNotEqualsIgnoreCase',
    'String',
    'String',
    true,
    'Negated StringEqualsIgnoreCase; true when absent.',
  ),
  op('StringLike', 'String', 'String', false, 'Case-sensitive match with `*` and `?` wildcards.'),
  op('StringNotLike', 'String', 'String', true, 'Negated StringLike; true when the key is absent.'),
  op('NumericEquals', 'Numeric', 'Numeric', false, 'Numeric equality.'),
  op('NumericNotEquals', 'Numeric', 'Numeric', true, 'Numeric inequality; true when the key is absent.'),
  op('NumericLessThan', 'Numeric', 'Numeric', false, 'The request value is less than the policy value.'),
  op('NumericLessThanEquals', 'Numeric', 'Numeric', false, 'Less than or equal.'),
  op('NumericGreaterThan', 'Numeric', 'Numeric', false, 'Greater than.'),
  op('NumericGreaterThanEquals', 'Numeric', 'Numeric', false, 'Greater than or equal.'),
  op('DateEquals', 'Date', 'Date', false, 'The same instant (ISO 8601 date or epoch seconds).'),
  op('DateNotEquals', 'Date', 'Date', true, 'Not the same instant; true when the key is absent.'),
  op('DateLessThan', 'Date', 'Date', false, 'Before the date.'),
  op('DateLessThanEquals', 'Date', 'Date', false, 'At or before the date.'),
  op('DateGreaterThan', 'Date', 'Date', false, 'After the date.'),
  op('DateGreaterThanEquals', 'Date', 'Date', false, 'At or after the date.'),
  op('Bool', 'Bool', 'Bool', false, 'Boolean match: "true" or "false" (e.g. aws:SecureTransport).'),
  op('BinaryEquals', 'Binary', 'Binary', false, 'Byte-for-byte match of a base64 value.'),
  op(
    'IpAddress',
    'IpAddress',
    'IP',
    false,
    'The address is inside one of the IPv4/IPv6 addresses or CIDR ranges.',
  ),
  op(
    'NotIpAddress',
    'IpAddress',
    'IP',
    true,
    'The address is in none of the ranges; true when the key is absent.',
  ),
  op('ArnEquals', 'Arn', 'ARN', false, 'ARN match, segment by segment, with wildcards.'),
  op('ArnLike', 'Arn', 'ARN', false, 'ARN match, segment by segment, with wildcards.'),
  op('ArnNotEquals', 'Arn', 'ARN', true, 'Negated ArnEquals; true when the key is absent.'),
  op('ArnNotLike', 'Arn', 'ARN', true, 'Negated ArnLike; true when the key is absent.'),
  op('Null', 'Null', 'Bool', false, '"true": matches when the key is absent; "false": when it is present.'),
];

const BY_NAME = new Map(OPERATOR_CATALOG.map((info) => [info.name, info]));

export interface ParsedOperator {
  base: OperatorInfo;
  setOperator?: 'ForAnyValue' | 'ForAllValues';
  ifExists: boolean;
}

/**
 * Splits `ForAllValues:StringLikeIfExists` into its parts. Operator names are case-sensitive;
 * `Null` takes no `IfExists` suffix. Undefined for a name IAM does not know.
 */
export function parseOperatorName(name: string): ParsedOperator | undefined {
  return SPELLINGS.get(name);
}

function readOperatorName(name: string): ParsedOperator | undefined {
  let rest = name;
  let setOperator: ParsedOperator['setOperator'];
  // At most one set operator (`ForAnyValue:ForAllValues:StringEquals` is no operator).
  for (const prefix of ['ForAnyValue', 'ForAllValues'] as const) {
    if (rest.startsWith(`${prefix}:`)) {
      setOperator = prefix;
      rest = rest.slice(prefix.length + 1);
      break;
    }
  }
  const ifExists = rest.endsWith('IfExists');
  const baseName = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  const base = BY_NAME.get(baseName);
  if (!base || (ifExists && base.name === 'Null')) return undefined;
  return setOperator ? { base, setOperator, ifExists } : { base, ifExists };
}

/** Every spelling IAM accepts, for completion and "did you mean". */
export function allOperatorSpellings(): string[] {
  const names: string[] = [];
  for (const prefix of ['', 'ForAnyValue:', 'ForAllValues:']) {
    for (const info of OPERATOR_CATALOG) {
      names.push(`${prefix}${info.name}`);
      if (info.name !== 'Null') names.push(`${prefix}${info.name}IfExists`);
    }
  }
  return names;
}

/**
 * Every spelling IAM accepts, read once: a parse looks its operators up here. Keyed by strings of
 * the catalog's own: a map keyed by the spellings of policies would keep their texts alive.
 */
const SPELLINGS = new Map(
  allOperatorSpellings().map((name) => [name, Object.freeze(readOperatorName(name)!)]),
);
