/**
 * Test support only: bucket policies of the encryption-and-transport family (the policies the
 * S3 docs recommend for requiring SSE, a KMS key, HTTPS, a TLS version or a source network),
 * generated as the JSON a user would paste, so two independent evaluators can read the same text.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html#require-sse-kms
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html
 */
import fc from 'fast-check';

export const ACCOUNT = '111122223333';
export const BUCKET = 'test-bucket';
export const KMS_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
export const OTHER_KMS_KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/0987dcba-09fe-87dc-65ba-ab0987654321`;

type Values = string | string[];
export type ConditionJson = Record<string, Record<string, Values>>;
export interface StatementJson {
  Effect: 'Allow' | 'Deny';
  Principal: '*' | { AWS: string };
  Action?: Values;
  NotAction?: Values;
  Resource?: Values;
  NotResource?: Values;
  Condition?: ConditionJson;
}
export interface PolicyJson {
  Version: '2012-10-17';
  Statement: StatementJson[];
}

const SSE_KEY = 's3:x-amz-server-side-encryption';
const KMS_KEY_ID_KEY = 's3:x-amz-server-side-encryption-aws-kms-key-id';
const SSE_C_KEY = 's3:x-amz-server-side-encryption-customer-algorithm';

/** One condition family: the keys it tests, the operators that read them, the values to compare. */
interface Family {
  keys: string[];
  operators: string[];
  values: string[];
}

const STRING_OPERATORS = ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike'];
const FAMILIES: Family[] = [
  {
    keys: [SSE_KEY, KMS_KEY_ID_KEY, SSE_C_KEY],
    operators: STRING_OPERATORS,
    values: ['AES256', 'aws:kms', 'aws:kms:dsse', 'aes256', KMS_KEY, OTHER_KMS_KEY, 'aws:kms*', 'AES*', '*'],
  },
  { keys: [KMS_KEY_ID_KEY], operators: STRING_OPERATORS, values: [KMS_KEY, 'arn:aws:kms:*:*:key/*', '?*'] },
  { keys: ['aws:SecureTransport'], operators: ['Bool'], values: ['true', 'false'] },
  {
    keys: ['s3:TlsVersion'],
    operators: ['NumericLessThan', 'NumericGreaterThanEquals'],
    values: ['1.2', '1.3'],
  },
  {
    keys: ['aws:SourceIp'],
    operators: ['IpAddress', 'NotIpAddress'],
    values: ['203.0.113.0/24', '198.51.100.7/32', '10.0.0.0/8', '0.0.0.0/0'],
  },
];
const ALL_KEYS = [SSE_KEY, KMS_KEY_ID_KEY, SSE_C_KEY, 'aws:SecureTransport', 's3:TlsVersion', 'aws:SourceIp'];

/** One or several values; a single value is written as a plain string, as users usually do. */
function valuesOf(pool: string[]): fc.Arbitrary<Values> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pool) },
    { weight: 1, arbitrary: fc.uniqueArray(fc.constantFrom(...pool), { minLength: 2, maxLength: 3 }) },
  );
}

/** Condition key names are case-insensitive in IAM; now and then write one in another case. */
const keyCase = (key: string) =>
  fc.constantFrom(key, key, key, key.toUpperCase(), key.replace(/^s3:x/, 'S3:X'));

/** `[operator, key, values]` for one condition. */
const typedCondition: fc.Arbitrary<[string, string, Values]> = fc.oneof(
  ...FAMILIES.map((family) =>
    fc
      .record({
        set: fc.constantFrom('', '', '', 'ForAnyValue:', 'ForAllValues:'),
        operator: fc.constantFrom(...family.operators),
        ifExists: fc.boolean(),
        key: fc.constantFrom(...family.keys).chain(keyCase),
        values: valuesOf(family.values),
      })
      .map(({ set, operator, ifExists, key, values }): [string, string, Values] => [
        `${set}${operator}${ifExists ? 'IfExists' : ''}`,
        key,
        values,
      ]),
  ),
);
const nullCondition = fc
  .tuple(fc.constantFrom(...ALL_KEYS), fc.constantFrom('true', 'false'))
  .map(([key, value]): [string, string, Values] => ['Null', key, value]);

/** A Condition block: distinct operator names, each with distinct keys (JSON objects have unique names). */
const condition: fc.Arbitrary<ConditionJson> = fc
  .array(fc.oneof({ weight: 5, arbitrary: typedCondition }, { weight: 1, arbitrary: nullCondition }), {
    minLength: 1,
    maxLength: 2,
  })
  .map((entries) => {
    const block: ConditionJson = {};
    for (const [operator, key, values] of entries) {
      const byKey = block[operator] ?? {};
      if (!Object.keys(byKey).some((k) => k.toLowerCase() === key.toLowerCase())) byKey[key] = values;
      block[operator] = byKey;
    }
    return block;
  });

const principal = fc.constantFrom<StatementJson['Principal']>(
  '*',
  { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  { AWS: ACCOUNT },
  { AWS: `arn:aws:iam::${ACCOUNT}:role/Writer` },
);
/** Repeated entries weight the pools toward statements that apply, so every decision is common. */
const actions = valuesOf([
  's3:PutObject',
  's3:GetObject',
  's3:*',
  's3:*',
  's3:Put*',
  's3:Get*',
  's3:DeleteObject',
]);
const resources = valuesOf([
  `arn:aws:s3:::${BUCKET}/*`,
  `arn:aws:s3:::${BUCKET}/*`,
  `arn:aws:s3:::${BUCKET}/*`,
  `arn:aws:s3:::${BUCKET}/secret/*`,
  `arn:aws:s3:::${BUCKET}/public.txt`,
  `arn:aws:s3:::${BUCKET}/data-??.csv`,
  `arn:aws:s3:::${BUCKET}`,
]);

/** NotAction and NotResource are the exception in real policies: one statement in four. */
const rarely = fc.constantFrom(false, false, false, true);

const statement: fc.Arbitrary<StatementJson> = fc
  .record({
    Effect: fc.constantFrom<StatementJson['Effect']>('Allow', 'Deny'),
    Principal: principal,
    notAction: rarely,
    actions,
    notResource: rarely,
    resources,
    Condition: fc.option(condition, { freq: 5 }),
  })
  .map(({ Effect, Principal, notAction, actions, notResource, resources, Condition }) => ({
    Effect,
    Principal,
    ...(notAction ? { NotAction: actions } : { Action: actions }),
    ...(notResource ? { NotResource: resources } : { Resource: resources }),
    ...(Condition ? { Condition } : {}),
  }));

export const policyArbitrary: fc.Arbitrary<PolicyJson> = fc
  .array(statement, { minLength: 1, maxLength: 3 })
  .map((Statement) => ({ Version: '2012-10-17', Statement }));
