import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from './parse.ts';
import { scenario, step, withSteps } from './validate/test-fixtures.ts';

describe('parseScenarioFile reports JSON syntax with line and column', () => {
  it.each([
    {
      name: 'a missing comma',
      text: '{\n  "id": "a"\n  "title": "b"\n}',
      line: 3,
      column: 3,
      message: "invalid JSON: expected ',' or '}', found character \"\\\"\"",
    },
    {
      name: 'a truncated file',
      text: '{"id": "a",',
      line: 1,
      column: 12,
      message: 'invalid JSON: expected a member name in double quotes, found the end of input',
    },
    {
      name: 'an unterminated string',
      text: '{"id": "a',
      line: 1,
      column: 8,
      message: 'invalid JSON: Unterminated string: missing the closing quote',
    },
    {
      name: 'text after the value',
      text: '{} x',
      line: 1,
      column: 4,
      message: 'invalid JSON: unexpected text after the JSON value',
    },
    { name: 'an empty file', text: '', line: 1, column: 1, message: 'invalid JSON: unexpected end of input' },
  ])('$name', ({ text, line, column, message }) => {
    const result = parseScenarioFile(text);
    expect(result.ok ? [] : result.error).toEqual([
      { path: '', message, position: expect.objectContaining({ line, column }) },
    ]);
  });

  it('gives validation errors the line and column of the value', () => {
    const result = parseScenarioFile(
      '{\n  "id": "A",\n  "title": "t",\n  "steps": [{"request": {"operation": "GetBucketEncryption"}}]\n}',
    );
    expect(result.ok ? undefined : result.error[0]?.position).toEqual({ line: 2, column: 9, offset: 10 });
  });
});

describe('parseScenarioFile accepts the format', () => {
  it.each([
    { name: 'a byte order mark before the JSON', text: `\uFEFF${JSON.stringify(scenario())}` },
    { name: 'no byte order mark', text: JSON.stringify(scenario()) },
  ])('reads a file with $name', ({ text }) => {
    expect(parseScenarioFile(text).ok).toBe(true);
  });

  it.each([
    { name: 'one scenario object', file: scenario() },
    { name: 'a file of scenarios', file: { scenarios: [scenario(), scenario({ id: 'other' })] } },
    {
      name: 'placeholders that name earlier steps and declared keys',
      file: scenario({
        setup: { kmsKeys: [{ id: '1234abcd-12ab-34cd-56ef-1234567890ab', alias: 'alias/app' }] },
        steps: [
          step(
            { operation: 'CreateMultipartUpload', key: 'k' },
            { expect: { body: { UploadId: '{{uploadId}}' } } },
          ),
          step({
            operation: 'UploadPart',
            key: 'k',
            query: { uploadId: '{{uploadId}}', partNumber: '1' },
            body: { repeat: 'A', times: 5 },
          }),
          step(
            { operation: 'GetObject', key: 'k', query: { versionId: '{{versionId:1}}' } },
            {
              expect: {
                headers: {
                  'x-amz-server-side-encryption-aws-kms-key-id':
                    '{{keyArn:1234abcd-12ab-34cd-56ef-1234567890ab}}',
                  etag: { matches: '^"{{awsManagedKeyArn}}' },
                },
              },
            },
          ),
        ],
      }),
    },
  ])('$name', ({ file }) => {
    const result = parseScenarioFile(JSON.stringify(file));
    expect(result.ok ? [] : result.error).toEqual([]);
  });

  it('reads a path map as paths and byte forms as bytes', () => {
    const result = parseScenarioFile(
      JSON.stringify(
        withSteps([
          step(
            { operation: 'GetBucketEncryption' },
            { expect: { body: { 'Rules[0].BucketKeyEnabled': false } } },
          ),
          step({ operation: 'GetObject', key: 'k' }, { expect: { body: { repeat: 'A', times: 2 } } }),
        ]),
      ),
    );
    expect(result.ok && result.value[0]?.steps.map((s) => s.expect?.body)).toEqual([
      { paths: { 'Rules[0].BucketKeyEnabled': false } },
      { repeat: 'A', times: 2 },
    ]);
  });
});
