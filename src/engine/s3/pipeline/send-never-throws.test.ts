/**
 * Property: `send` answers every request a user can type — any operation, header map, query and
 * body — without throwing and without a 500 (a 500 would mean the pipeline hit a simulator bug).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATIONS, type RequestInput } from '../../types.ts';
import { H } from '../header-bag.ts';
import { K1, KEY_A, makeWorld, SSE_C_ALLOWED, sseC } from '../testing/world-fixture.ts';

const interestingHeaders = [
  ...Object.values(H),
  'X-Amz-Server-Side-Encryption',
  'content-type',
  'x-amz-meta-a',
];
const interestingValues = [
  'AES256',
  'aws:kms',
  'aws:kms:dsse',
  'KMS',
  '',
  K1,
  'test-bucket/k',
  'test-bucket/ssec',
  'REPLACE',
  'true',
  KEY_A.key,
  KEY_A.md5,
  'bytes=0-1',
  '111122223333',
  'ETag,ObjectSize',
];

const headerMap = fc.dictionary(
  fc.oneof(fc.constantFrom(...interestingHeaders), fc.string({ maxLength: 12 })),
  fc.oneof(fc.constantFrom(...interestingValues), fc.string({ maxLength: 20 })),
  { maxKeys: 6 },
);

const body = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 30 }),
  fc.record({ repeat: fc.string({ maxLength: 3 }), times: fc.integer({ min: -2, max: 50 }) }),
  fc.record({ base64: fc.string({ maxLength: 12 }) }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.constant({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] }),
  fc.constant({ Status: 'Enabled' }),
  fc.constant({ KeyId: K1 }),
);

const request: fc.Arbitrary<RequestInput> = fc.record(
  {
    operation: fc.constantFrom(...OPERATIONS),
    bucket: fc.constantFrom('test-bucket', 'other', 'missing'),
    key: fc.constantFrom('k', 'ssec', 'a/b c', ''),
    https: fc.boolean(),
    signature: fc.constantFrom('SigV4' as const, 'SigV2' as const, 'anonymous' as const),
    principal: fc.constantFrom(
      'arn:aws:iam::111122223333:root',
      'arn:aws:iam::444455556666:root',
      'not an arn',
    ),
    headers: headerMap,
    query: fc.dictionary(
      fc.constantFrom('versionId', 'partNumber', 'uploadId'),
      fc.oneof(fc.constantFrom('1', 'null', '0'), fc.string({ maxLength: 8 })),
      { maxKeys: 3 },
    ),
    body,
  },
  { requiredKeys: ['operation'] },
) as fc.Arbitrary<RequestInput>;

describe('send never throws', () => {
  it('answers arbitrary requests with a status below 500 (503 SlowDown aside)', async () => {
    const world = await makeWorld({
      bucketEncryption: SSE_C_ALLOWED,
      versioning: 'Enabled',
      objects: [
        { key: 'k', body: 'x' },
        { key: 'ssec', body: 'y', headers: sseC(KEY_A) },
      ],
      otherBuckets: [{ name: 'other', account: '444455556666' }],
    });
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const outcome = await world.send(input);
        expect(
          outcome.response.status === 503 || outcome.response.status < 500,
          JSON.stringify(outcome.trace.at(-1)),
        ).toBe(true);
        expect(outcome.trace.length).toBeGreaterThan(0);
      }),
      { numRuns: 400, seed: 20261127 },
    );
  }, 60_000);
});
