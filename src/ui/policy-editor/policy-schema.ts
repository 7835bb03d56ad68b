/**
 * The bucket-policy shape as a JSON schema for Monaco's JSON worker: element names to complete,
 * `Effect` and `Version` values, and a description on hover. Actions, operators and keys come
 * from the completion provider (catalog-suggestions.ts), not from enums here, so nothing is offered twice.
 * Validation stays with the engine's diagnostics (the JSON worker does not validate).
 */
const stringOrList = (description: string) => ({
  description,
  anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
});

const principal = (description: string) => ({
  description,
  anyOf: [
    { type: 'string', enum: ['*'] },
    {
      type: 'object',
      properties: {
        AWS: stringOrList('Account ids, account root ARNs, IAM user or role ARNs, or "*".'),
        Service: stringOrList('An AWS service principal, e.g. "logging.s3.amazonaws.com".'),
        CanonicalUser: stringOrList('A canonical user id.'),
        Federated: stringOrList('A federated identity provider.'),
      },
    },
  ],
});

const statement = {
  type: 'object',
  description:
    'One rule: who (Principal) may or may not (Effect) do what (Action) on what (Resource), when (Condition).',
  properties: {
    Sid: { type: 'string', description: 'An optional name for the statement; the trace uses it.' },
    Effect: {
      type: 'string',
      enum: ['Allow', 'Deny'],
      description: 'An explicit Deny wins over any Allow.',
    },
    Principal: principal(
      'Who the statement is about; a bucket policy statement needs Principal or NotPrincipal.',
    ),
    NotPrincipal: principal('Everyone except these principals.'),
    Action: stringOrList('S3 actions such as "s3:PutObject"; wildcards allowed ("s3:*", "s3:Get*").'),
    NotAction: stringOrList('Every action except these.'),
    Resource: stringOrList('The bucket ARN (arn:aws:s3:::bucket) or object ARNs (arn:aws:s3:::bucket/*).'),
    NotResource: stringOrList('Every resource except these.'),
    Condition: {
      type: 'object',
      description:
        'Operator → { condition key → value(s) }. Operators are ANDed, keys under one operator are ANDed, values of one key are ORed.',
      additionalProperties: {
        type: 'object',
        additionalProperties: stringOrList('Policy value(s) to compare.'),
      },
    },
  },
};

export const POLICY_SCHEMA_URI = 'inmemory://s3-playground/bucket-policy.schema.json';
/** The policy model's file name; the schema and the providers apply to it only. */
export const POLICY_MODEL_PATH = 'bucket-policy.json';

export const POLICY_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'S3 bucket policy',
  type: 'object',
  properties: {
    Version: {
      type: 'string',
      enum: ['2012-10-17', '2008-10-17'],
      description: 'Use "2012-10-17": the older version has no policy variables.',
    },
    Id: { type: 'string', description: 'An optional policy identifier.' },
    Statement: {
      description: 'A statement or a list of statements.',
      anyOf: [statement, { type: 'array', items: statement }],
    },
  },
};
