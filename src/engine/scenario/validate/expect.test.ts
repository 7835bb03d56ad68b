import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../parse.ts';
import { expectRefusal, type RefusalCase, withExpect } from './test-fixtures.ts';

const cases: RefusalCase[] = [
  {
    name: 'an empty expectation is refused',
    file: withExpect({}),
    errors: [
      {
        path: 'steps[0].expect',
        message: 'names nothing to check; leave "expect" out to run the step without checking it',
      },
    ],
  },
  {
    name: 'a status outside 100-599 is refused',
    file: withExpect({ status: 700 }),
    errors: [
      { path: 'steps[0].expect.status', message: 'must be a whole number between 100 and 599, not 700' },
    ],
  },
  {
    name: 'an unknown expect field is refused',
    file: withExpect({ code: 'AccessDenied' }),
    errors: [{ path: 'steps[0].expect.code', message: expect.stringContaining('unknown field "code"') }],
  },
  {
    name: 'an error field must be a string',
    file: withExpect({ errorFields: { ArgumentName: 1 } }),
    errors: [{ path: 'steps[0].expect.errorFields.ArgumentName', message: 'must be a string, not number 1' }],
  },
  {
    name: 'a header pattern must be a valid regular expression',
    file: withExpect({ headers: { etag: { matches: '(' } } }),
    errors: [
      {
        path: 'steps[0].expect.headers.etag.matches',
        message: expect.stringContaining('is not a valid regular expression'),
      },
    ],
  },
  {
    name: 'a header expectation must be a string or a pattern',
    file: withExpect({ headers: { etag: 3 } }),
    errors: [
      {
        path: 'steps[0].expect.headers.etag',
        message: 'must be a string or {"matches": "regex"}, not number 3',
      },
    ],
  },
  {
    name: 'headersAbsent holds header names',
    file: withExpect({ headersAbsent: [''] }),
    errors: [
      { path: 'steps[0].expect.headersAbsent[0]', message: 'must be a header name, not the string ""' },
    ],
  },
  {
    name: 'a body path map key must be a path',
    file: withExpect({ body: { 'Rules[x]': 1 } }),
    errors: [
      {
        path: 'steps[0].expect.body["Rules[x]"]',
        message: 'is not a path like Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm',
      },
    ],
  },
  {
    name: 'an empty body path map is refused',
    file: withExpect({ body: {} }),
    errors: [
      {
        path: 'steps[0].expect.body',
        message: 'names no path; give bytes or at least one "Path.To[0].Member": value',
      },
    ],
  },
];

describe('parseScenarioFile refuses an expectation the format does not allow', () => {
  it.each(cases)('$name', (refusal) => expectRefusal(refusal));
});

// docs/scenario-format.md, Expect: status 0 is "no HTTP answer" (S3 refuses a TLS 1.0 or 1.1
// handshake before any HTTP, spec §6.5); -1 and 1 are still refused.
describe('an expected status of 0 means no HTTP answer', () => {
  it('accepts 0', () => {
    const result = parseScenarioFile(JSON.stringify(withExpect({ status: 0 })));
    expect(result.ok && result.value[0]?.steps[0]?.expect?.status).toBe(0);
  });
  it.each([-1, 1, 99])('refuses %d', (status) => {
    expectRefusal({
      name: String(status),
      file: withExpect({ status }),
      errors: [
        {
          path: 'steps[0].expect.status',
          message: `must be a whole number between 100 and 599, not ${status}`,
        },
      ],
    });
  });
});
