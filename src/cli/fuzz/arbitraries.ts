/**
 * What the fuzzer feeds the playground: hostile and half-valid values shaped like what a user, a
 * link or a file can hold. Valid pieces are mixed in so that the deep paths (encryption, KMS,
 * policies) run, not only the first validation.
 */
import fc from 'fast-check';
import { OPERATIONS } from '../../engine/index.ts';
import { policyJson, policyText } from './policy-arbitraries.ts';
import { mutated, text } from './text-arbitraries.ts';

export const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
const SSE_C_KEY = 'MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=';
const SSE_C_MD5 = 'hRasmdxgYDKV3nvbahU1MA==';

const HEADERS = [
  'x-amz-server-side-encryption',
  'x-amz-server-side-encryption-aws-kms-key-id',
  'x-amz-server-side-encryption-context',
  'x-amz-server-side-encryption-bucket-key-enabled',
  'x-amz-server-side-encryption-customer-algorithm',
  'x-amz-server-side-encryption-customer-key',
  'x-amz-server-side-encryption-customer-key-MD5',
  'x-amz-copy-source',
  'x-amz-copy-source-range',
  'x-amz-copy-source-server-side-encryption-customer-algorithm',
  'x-amz-copy-source-server-side-encryption-customer-key',
  'x-amz-copy-source-server-side-encryption-customer-key-MD5',
  'x-amz-metadata-directive',
  'x-amz-checksum-sha256',
  'x-amz-checksum-algorithm',
  'Content-MD5',
  'Content-Type',
  'Range',
  'If-Match',
  'If-None-Match',
  'x-amz-meta-note',
];

const HEADER_VALUES = [
  'AES256',
  'aws:kms',
  'aws:kms:dsse',
  'true',
  'false',
  KEY_ID,
  `arn:aws:kms:us-east-1:111122223333:key/${KEY_ID}`,
  'alias/aws/s3',
  SSE_C_KEY,
  SSE_C_MD5,
  'test-bucket/a.txt',
  '/test-bucket/b.txt?versionId=x',
  'bytes=0-3',
  'bytes=5-',
  'REPLACE',
  'COPY',
  '*',
  'eyJhIjoiYiJ9',
];

export const headerValue = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HEADER_VALUES) }, text());

export const body = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: text(64) },
  {
    weight: 2,
    arbitrary: fc.record({
      repeat: fc.string({ maxLength: 4 }),
      times: fc.oneof(
        { weight: 5, arbitrary: fc.nat(4096) },
        fc.constantFrom(1e12, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 104_857_600, 250_000_000),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ base64: fc.oneof(fc.base64String({ maxLength: 64 }), text()) }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

const operation = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...OPERATIONS) }, text());

/** One request as `world.send` may receive it from a user, a file or a link. */
export const request = fc.oneof(
  {
    weight: 19,
    arbitrary: fc.record(
      {
        operation,
        bucket: fc.oneof(fc.constantFrom('test-bucket', 'other-bucket', ''), text()),
        key: fc.oneof(fc.constantFrom('a.txt', 'b.txt', 'dir/c.bin'), text()),
        https: fc.oneof({ weight: 9, arbitrary: fc.boolean() }, fc.anything({ maxDepth: 0 })),
        tlsVersion: fc.constantFrom('1.0', '1.2', '1.3'),
        signature: fc.constantFrom('SigV4', 'SigV2', 'anonymous', 'SigV9'),
        principal: fc.oneof(
          fc.constantFrom('arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:user/eve', '*'),
          text(),
        ),
        sourceIp: fc.oneof(fc.constantFrom('203.0.113.10', '10.0.0.1', '::1'), text()),
        // A gateway VPC endpoint as written, well-formed or not (world/request-shape.ts refuses the rest).
        vpcEndpoint: fc.oneof(
          fc.record(
            { id: fc.constantFrom('vpce-1a2b3c4d', 'vpce-XYZ'), vpcId: fc.constantFrom('vpc-111bbb22', '') },
            { requiredKeys: ['id'] },
          ),
          fc.anything({ maxDepth: 1 }),
        ),
        headers: fc.dictionary(
          fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...HEADERS) }, text()),
          headerValue,
          {
            maxKeys: 4,
          },
        ),
        query: fc.dictionary(
          fc.constantFrom('versionId', 'uploadId', 'partNumber'),
          fc.oneof(fc.nat(10_001).map(String), text()),
          { maxKeys: 2 },
        ),
        body,
      },
      { requiredKeys: ['operation'] },
    ),
  },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

const draftFields = fc.record(
  {
    operation,
    bucket: text(),
    key: text(),
    bodyText: text(),
    https: fc.oneof(fc.boolean(), fc.anything({ maxDepth: 0 })),
    signature: fc.constantFrom('SigV4', 'SigV2', 'anonymous', 'x'),
    headers: fc.oneof(
      fc.array(fc.record({ name: text(), value: text() }), { maxLength: 3 }),
      fc.anything({ maxDepth: 1 }),
    ),
    query: fc.anything({ maxDepth: 1 }),
    clientSide: fc.anything({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);

const setup = fc.oneof(
  fc.record(
    {
      bucket: fc.constantFrom('test-bucket', 'Bad_Bucket'),
      versioning: fc.constantFrom('Enabled', 'Suspended', 'Sometimes'),
      kmsKeys: fc.array(
        fc.record({ id: fc.constantFrom(KEY_ID, 'x'), alias: fc.constantFrom('alias/demo', 'bad') }),
        {
          maxLength: 2,
        },
      ),
      policy: fc.oneof(policyJson, fc.anything({ maxDepth: 1 })),
      objects: fc.array(fc.record({ key: text(), body }), { maxLength: 2 }),
    },
    { requiredKeys: [] },
  ),
  fc.anything({ maxDepth: 2 }),
);

/** A workspace DTO as a link or the saved state holds it, valid or not. */
export const workspaceDto = fc.record(
  {
    v: fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, fc.anything({ maxDepth: 0 })),
    lesson: fc.oneof(fc.constantFrom('https-only-policy', 'nope'), text()),
    policy: fc.oneof(policyText, fc.anything({ maxDepth: 0 })),
    setup,
    request: fc.oneof(draftFields, fc.anything({ maxDepth: 1 })),
    extra: fc.anything({ maxDepth: 1 }),
  },
  { requiredKeys: ['v'] },
);

export const savedText = fc.oneof(
  { weight: 4, arbitrary: workspaceDto.map((d) => JSON.stringify(d)) },
  { weight: 2, arbitrary: mutated(workspaceDto.map((d) => JSON.stringify(d))) },
  { weight: 1, arbitrary: fc.string({ maxLength: 100, unit: 'binary' }) },
);

/** A scenario file's text: structured, mutated or plain noise. */
const scenario = fc.record(
  {
    id: fc.oneof(fc.constantFrom('fuzzed', 'a-b'), text()),
    title: text(),
    setup,
    steps: fc.array(
      fc.record(
        {
          request,
          afterMs: fc.oneof(fc.nat(100_000), fc.anything({ maxDepth: 0 })),
          expect: fc.record({
            status: fc.oneof(fc.constantFrom(200, 400, 403), fc.anything({ maxDepth: 0 })),
          }),
        },
        { requiredKeys: ['request'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['id', 'title', 'steps'] },
);

const scenarioJson = fc
  .oneof(
    scenario,
    fc.record({ format: fc.constantFrom(1, 2, 99), scenarios: fc.array(scenario, { maxLength: 2 }) }),
  )
  .map((s) => JSON.stringify(s));

export const scenarioText = fc.oneof(
  { weight: 4, arbitrary: scenarioJson },
  { weight: 2, arbitrary: mutated(scenarioJson) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200, unit: 'binary' }) },
);

export { mutated, policyText };
