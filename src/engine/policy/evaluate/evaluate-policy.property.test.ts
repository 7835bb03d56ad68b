// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are IAM policy variables, not templates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PublicAccessBlockConfiguration } from '../../types.ts';
import { authorizeS3 } from '../authorize/authorize-s3.ts';
import type { RequestContext } from '../context/types.ts';
import { CONDITION_OPERATORS } from '../operators/index.ts';
import { parsePolicy } from '../parse/index.ts';
import { evaluatePolicy } from './evaluate-policy.ts';
import { type PolicyJson, policyFromJson, type StatementJson } from './testing/policy-from-json.ts';

/** Properties that hold for every policy and every request, checked on generated ones. */

const text = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '*',
    '?',
    '${aws:username}',
    '${*}',
    '${',
    "${aws:x, 'd'}",
    'arn:aws:s3:::b/*',
    '0.0.0.0/0',
    '1.2',
    'true',
    '2026-01-01',
  ),
);
const operatorName = fc.oneof(
  fc
    .constantFrom(...CONDITION_OPERATORS.map((o) => o.name))
    .chain((name) =>
      fc
        .tuple(fc.constantFrom('', 'ForAnyValue:', 'ForAllValues:'), fc.boolean())
        .map(([set, ifExists]) => `${set}${name}${ifExists ? 'IfExists' : ''}`),
    ),
  fc.string(),
);
const key = fc.oneof(
  fc.constantFrom(
    'aws:SecureTransport',
    's3:x-amz-server-side-encryption',
    'aws:SourceIp',
    'aws:username',
    's3:TlsVersion',
  ),
  fc.string(),
);
const values = fc.array(text, { maxLength: 3 });
const principal = fc.oneof(
  fc.constant('*' as const),
  fc.dictionary(
    fc.constantFrom('AWS', 'Service', 'Federated', 'CanonicalUser', 'x'),
    fc.oneof(text, fc.array(text, { maxLength: 3 })),
    { maxKeys: 3 },
  ),
);

const statement: fc.Arbitrary<StatementJson> = fc.record(
  {
    Sid: fc.string(),
    Effect: fc.oneof(fc.constantFrom('Allow', 'Deny'), fc.string()),
    Principal: principal,
    NotPrincipal: principal,
    Action: fc.oneof(text, values),
    NotAction: fc.oneof(text, values),
    Resource: fc.oneof(text, values),
    NotResource: fc.oneof(text, values),
    Condition: fc.dictionary(operatorName, fc.dictionary(key, values, { maxKeys: 3 }), { maxKeys: 3 }),
  },
  { requiredKeys: ['Effect'] },
);
const policyJson: fc.Arbitrary<PolicyJson> = fc.record({ Statement: fc.array(statement, { maxLength: 4 }) });

const context: fc.Arbitrary<RequestContext> = fc.record({
  principal: fc.oneof(
    fc.constant({ arn: 'arn:aws:iam::111122223333:root', account: '111122223333', type: 'Account' as const }),
    fc.constant({
      arn: 'arn:aws:iam::111122223333:user/alice',
      account: '111122223333',
      type: 'User' as const,
    }),
    fc.constant({
      arn: 'arn:aws:sts::444455556666:assumed-role/app/s',
      account: '444455556666',
      type: 'AssumedRole' as const,
    }),
    fc.constant({ arn: 'anonymous', account: '', type: 'Anonymous' as const }),
  ),
  action: fc.oneof(fc.constantFrom('s3:PutObject', 's3:GetObject'), fc.string()),
  resource: fc.oneof(fc.constantFrom('arn:aws:s3:::test-bucket/k', 'arn:aws:s3:::test-bucket'), fc.string()),
  keys: fc.dictionary(key, values).map((raw) => {
    const keys: RequestContext['keys'] = {};
    for (const [name, v] of Object.entries(raw)) keys[name.toLowerCase()] = { name, values: v };
    return keys;
  }),
});

const pab = fc.record<PublicAccessBlockConfiguration>({
  BlockPublicAcls: fc.boolean(),
  IgnorePublicAcls: fc.boolean(),
  BlockPublicPolicy: fc.boolean(),
  RestrictPublicBuckets: fc.boolean(),
});

/** Fixed seed: the runs are the same every time (tests are deterministic). */
const SEED = 20260101;
/** Generous: the runs parse policies, and CI machines are shared. */
const TIMEOUT_MS = 60_000;

const denyEverything: StatementJson = { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' };

describe('evaluatePolicy properties', () => {
  it(
    'never throws on the AST parsePolicy builds from arbitrary JSON',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), fc.jsonValue(), context, (statementBody, conditionBody, ctx) => {
          const candidates = [
            statementBody,
            { Statement: statementBody },
            { Statement: { Effect: 'Allow', Condition: conditionBody } },
          ];
          for (const candidate of candidates) {
            const { policy } = parsePolicy(JSON.stringify(candidate));
            if (policy) expect(evaluatePolicy(policy, ctx).statements).toHaveLength(policy.statements.length);
          }
        }),
        { numRuns: 200, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'never throws, and always returns a decision with one trace per statement',
    () => {
      fc.assert(
        fc.property(policyJson, context, (json, ctx) => {
          const policy = policyFromJson(json);
          const evaluation = evaluatePolicy(policy, ctx);
          expect(['Allow', 'ExplicitDeny', 'ImplicitDeny']).toContain(evaluation.decision);
          expect(evaluation.statements).toHaveLength(policy.statements.length);
        }),
        { numRuns: 200, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'an explicit deny always wins: adding a matching Deny makes the decision ExplicitDeny',
    () => {
      fc.assert(
        fc.property(policyJson, context, fc.nat(), (json, ctx, at) => {
          const statements = Array.isArray(json.Statement) ? [...json.Statement] : [json.Statement];
          statements.splice(at % (statements.length + 1), 0, denyEverything);
          expect(evaluatePolicy(policyFromJson({ Statement: statements }), ctx).decision).toBe(
            'ExplicitDeny',
          );
        }),
        { numRuns: 200, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'an explicit deny in the bucket policy wins over any identity policy and Block Public Access',
    () => {
      fc.assert(
        fc.property(
          policyJson,
          policyJson,
          context,
          pab,
          (bucketJson, identityJson, ctx, publicAccessBlock) => {
            const statements = Array.isArray(bucketJson.Statement)
              ? bucketJson.Statement
              : [bucketJson.Statement];
            const result = authorizeS3({
              context: ctx,
              bucketPolicy: policyFromJson({ Statement: [...statements, denyEverything] }),
              identityPolicy: policyFromJson(identityJson),
              bucketOwnerAccount: '111122223333',
              publicAccessBlock,
            });
            expect(result.decision).toBe('ExplicitDeny');
            expect(result.decidedBy).toBe('bucket-policy');
          },
        ),
        { numRuns: 200, seed: SEED },
      );
    },
    TIMEOUT_MS,
  );
});
