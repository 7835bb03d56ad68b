import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../parse.ts';
import { expectRefusal, type RefusalCase, step, withRequest, withSteps } from './test-fixtures.ts';

const cases: RefusalCase[] = [
  {
    name: 'an unknown operation is refused',
    file: withSteps([step({ operation: 'GetObjects' })]),
    errors: [
      {
        path: 'steps[0].request.operation',
        message: expect.stringMatching(/^must be one of "PutObject", .*not "GetObjects"$/),
      },
    ],
  },
  {
    name: 'a request without operation is refused',
    file: withSteps([step({ key: 'k' })]),
    errors: [{ path: 'steps[0].request.operation', message: 'is required' }],
  },
  {
    name: 'a VPC endpoint id that is not vpce- and 8 or 17 hex digits is refused at vpcEndpoint',
    file: withRequest({ vpcEndpoint: { id: 'vpce-12' } }),
    errors: [
      {
        path: 'steps[0].request.vpcEndpoint',
        message: expect.stringContaining('is not a VPC endpoint id'),
      },
    ],
  },
  {
    name: 'a VPC id that is not vpc- and 8 or 17 hex digits is refused at vpcEndpoint.vpcId',
    file: withRequest({ vpcEndpoint: { id: 'vpce-1a2b3c4d', vpcId: 'vpce-1a2b3c4d' } }),
    errors: [
      {
        path: 'steps[0].request.vpcEndpoint.vpcId',
        message: expect.stringContaining('is not a VPC id'),
      },
    ],
  },
  {
    name: 'https must be a boolean',
    file: withRequest({ https: 'no' }),
    errors: [{ path: 'steps[0].request.https', message: 'must be true or false, not the string "no"' }],
  },
  {
    name: 'an unknown signature kind is refused',
    file: withRequest({ signature: 'SigV3' }),
    errors: [
      {
        path: 'steps[0].request.signature',
        message: 'must be one of "SigV4", "SigV2", "anonymous", not "SigV3"',
      },
    ],
  },
  {
    name: 'a header value must be a string',
    file: withRequest({ headers: { 'x-amz-server-side-encryption': true } }),
    errors: [
      {
        path: 'steps[0].request.headers["x-amz-server-side-encryption"]',
        message: 'must be a string, not boolean true',
      },
    ],
  },
  {
    name: 'a header given twice in different case is refused',
    file: withRequest({
      headers: { 'X-Amz-Server-Side-Encryption': 'AES256', 'x-amz-server-side-encryption': 'aws:kms' },
    }),
    errors: [
      {
        path: 'steps[0].request.headers["x-amz-server-side-encryption"]',
        message: 'repeats the header "X-Amz-Server-Side-Encryption" (header names are case-insensitive)',
      },
    ],
  },
  {
    name: 'a repeat body needs a whole number of times',
    file: withRequest({ body: { repeat: 'A', times: 1.5 } }),
    errors: [{ path: 'steps[0].request.body.times', message: 'must be a whole number at least 0, not 1.5' }],
  },
  {
    name: 'a repeat body needs its string',
    file: withRequest({ body: { times: 3 } }),
    errors: [{ path: 'steps[0].request.body.repeat', message: 'is required' }],
  },
  {
    name: 'a base64 body must be base64',
    file: withRequest({ body: { base64: 'not base64!' } }),
    errors: [
      {
        path: 'steps[0].request.body.base64',
        message: 'must be standard base64 (A-Z, a-z, 0-9, +, /, padded with =)',
      },
    ],
  },
  {
    name: 'a base64 body padded in the middle is refused',
    file: withRequest({ body: { base64: 'QQ==QQ==' } }),
    errors: [
      {
        path: 'steps[0].request.body.base64',
        message: 'must be standard base64 (A-Z, a-z, 0-9, +, /, padded with =)',
      },
    ],
  },
  {
    name: 'a base64 body of a length not a multiple of 4 is refused',
    file: withRequest({ body: { base64: 'QUJ' } }),
    errors: [
      {
        path: 'steps[0].request.body.base64',
        message: 'must be standard base64 (A-Z, a-z, 0-9, +, /, padded with =)',
      },
    ],
  },
  {
    name: 'an object body for PutObject must be repeat or base64',
    file: withRequest({ body: { text: 'x' } }),
    errors: [
      {
        path: 'steps[0].request.body',
        message: 'must be a string, {"repeat", "times"} or {"base64"}, not an object with other fields',
      },
    ],
  },
  {
    name: 'a body on GetObject is refused',
    file: withSteps([step({ operation: 'GetObject', key: 'k', body: 'x' })]),
    errors: [{ path: 'steps[0].request.body', message: 'is not allowed: GetObject takes no body' }],
  },
  {
    name: 'a number body for PutBucketPolicy is refused',
    file: withSteps([step({ operation: 'PutBucketPolicy', body: 3 })]),
    errors: [
      {
        path: 'steps[0].request.body',
        message: 'must be a JSON object (the AWS CLI input) or a string, not number 3',
      },
    ],
  },
];

describe('parseScenarioFile refuses a request the format does not allow', () => {
  it.each(cases)('$name', (refusal) => expectRefusal(refusal));
});

describe('parseScenarioFile reads a large base64 body', () => {
  it('accepts the 8 MiB of base64 a saved 6 MiB part becomes (a grouped regex overflowed the stack)', () => {
    const base64 = 'QUJD'.repeat(2 * 1024 * 1024);
    const parsed = parseScenarioFile(JSON.stringify(withRequest({ body: { base64 } })));
    expect(parsed.ok).toBe(true);
    // A generous timeout: this guards against a hang on a loaded machine, it measures nothing.
  }, 120_000);
});
