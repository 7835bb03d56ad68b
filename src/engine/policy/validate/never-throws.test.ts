import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../parse/index.ts';
import { checkPolicyForPut } from './put-check.ts';

/** Policy-shaped documents, with the element names and values people actually mistype. */
const scalar = fc.oneof(
  fc.string(),
  fc.constantFrom('*', 's3:*', 's3:GetObject', 'arn:aws:s3:::test-bucket/*', '1.2', 'true'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const value = fc.oneof(
  scalar,
  fc.array(scalar, { maxLength: 3 }),
  fc.dictionary(fc.string(), scalar, { maxKeys: 3 }),
);
const statement = fc.dictionary(
  fc.constantFrom(
    'Sid',
    'Effect',
    'Principal',
    'NotPrincipal',
    'Action',
    'NotAction',
    'Resource',
    'NotResource',
    'Condition',
    'condition',
  ),
  fc.oneof(
    value,
    fc.dictionary(
      fc.constantFrom('StringEquals', 'Bool', 'IpAddress', 'ForAnyValue:StringLike', 'Boool'),
      fc.dictionary(fc.string(), value, { maxKeys: 2 }),
    ),
  ),
);
const policyDocument = fc.record(
  {
    Version: fc.oneof(fc.constant('2012-10-17'), fc.string()),
    Statement: fc.oneof(statement, fc.array(statement, { maxLength: 3 })),
  },
  { requiredKeys: [] },
);

describe('parsePolicy and checkPolicyForPut never throw', () => {
  const inputs = [
    { name: 'any string', arbitrary: fc.string({ unit: 'binary' }) },
    { name: 'any JSON value', arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { name: 'any policy-shaped document', arbitrary: policyDocument.map((v) => JSON.stringify(v, null, 2)) },
    {
      name: 'any truncated policy-shaped document',
      arbitrary: fc.tuple(policyDocument, fc.nat()).map(([v, n]) => JSON.stringify(v).slice(0, n)),
    },
  ];
  it.each(inputs)(
    'on $name (property)',
    ({ arbitrary }) => {
      fc.assert(
        fc.property(arbitrary, (text) => {
          const parsed = parsePolicy(text, { bucket: 'test-bucket' });
          for (const d of parsed.diagnostics) {
            expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
            expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
          }
          const put = checkPolicyForPut(text, 'test-bucket');
          // S3 refuses exactly when the editor shows an error S3 reports.
          expect(put.ok).toBe(
            !parsed.diagnostics.some((d) => d.severity === 'error' && d.s3Message !== undefined) &&
              parsed.policy !== undefined,
          );
        }),
        // A fixed seed keeps the suite deterministic; change it locally to explore further.
        { numRuns: 200, seed: 20261127 },
      );
    },
    30_000,
  );
});
