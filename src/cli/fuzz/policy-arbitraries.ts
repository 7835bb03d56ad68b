/** Bucket-policy text for the fuzzer: well-formed policies, near misses and noise. */
import fc from 'fast-check';
import { mutated, text } from './text-arbitraries.ts';

const condition = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'StringEquals',
      'StringNotEquals',
      'Bool',
      'IpAddress',
      'Null',
      'ForAnyValue:StringLike',
      'ArnLike',
    ),
    text(),
  ),
  fc.dictionary(
    fc.oneof(
      fc.constantFrom(
        'aws:SecureTransport',
        's3:x-amz-server-side-encryption',
        'aws:SourceIp',
        'aws:PrincipalArn',
      ),
      text(),
    ),
    fc.oneof(
      fc.string(),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.boolean(),
      fc.anything({ maxDepth: 1 }),
    ),
    { maxKeys: 2 },
  ),
  { maxKeys: 2 },
);

const statement = fc.record(
  {
    Sid: text(),
    Effect: fc.oneof({ weight: 5, arbitrary: fc.constantFrom('Allow', 'Deny') }, text()),
    Principal: fc.oneof(
      fc.constant('*'),
      fc.record({ AWS: fc.oneof(fc.constantFrom('arn:aws:iam::111122223333:root', '*'), fc.array(text())) }),
      fc.record({ Service: fc.constantFrom('cloudfront.amazonaws.com', 'x') }),
      fc.anything({ maxDepth: 1 }),
    ),
    NotPrincipal: fc.constant('*'),
    Action: fc.oneof(
      fc.constantFrom('s3:*', 's3:GetObject', 's3:PutObject', 'kms:*'),
      fc.array(text(), { maxLength: 3 }),
    ),
    NotAction: fc.constantFrom('s3:DeleteObject'),
    Resource: fc.oneof(
      fc.constantFrom('arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*', '*'),
      fc.array(text(), { maxLength: 3 }),
    ),
    Condition: condition,
  },
  { requiredKeys: ['Effect'] },
);

export const policyJson = fc
  .record({
    Version: fc.oneof(
      { weight: 5, arbitrary: fc.constant('2012-10-17') },
      fc.constantFrom('2008-10-17', ''),
      text(),
    ),
    Id: text(),
    Statement: fc.oneof({ weight: 4, arbitrary: fc.array(statement, { maxLength: 4 }) }, statement),
  })
  .map((p) => JSON.stringify(p));

export const policyText = fc.oneof(
  { weight: 4, arbitrary: policyJson },
  { weight: 3, arbitrary: mutated(policyJson) },
  { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
);
