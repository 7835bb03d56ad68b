import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../engine/index.ts';
import { type PolicyLine, policyLines } from './policy-lines.ts';

const deny = {
  Sid: 'DenyHttp',
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

describe('a policy printed for the projector', () => {
  it.each<{ name: string; policy: JsonValue | string; width: number; lines: PolicyLine[] }>([
    {
      name: 'what fits the width stays on one line, plain values share lines, and each statement line knows its statement (the shared brace lines belong to none)',
      policy: { Version: '2012-10-17', Statement: [deny, { Sid: 'B', Effect: 'Allow' }] },
      width: 70,
      lines: [
        { text: '{' },
        { text: '  "Version": "2012-10-17",' },
        { text: '  "Statement": [{' },
        { text: '    "Sid": "DenyHttp", "Effect": "Deny", "Principal": "*",', statement: 0 },
        { text: '    "Action": "s3:*",', statement: 0 },
        { text: '    "Resource": [', statement: 0 },
        { text: '      "arn:aws:s3:::test-bucket",', statement: 0 },
        { text: '      "arn:aws:s3:::test-bucket/*"', statement: 0 },
        { text: '    ],', statement: 0 },
        { text: '    "Condition": { "Bool": { "aws:SecureTransport": "false" } }', statement: 0 },
        { text: '  }, {' },
        { text: '    "Sid": "B", "Effect": "Allow"', statement: 1 },
        { text: '  }]' },
        { text: '}' },
      ],
    },
    {
      name: 'a narrower width breaks what no longer fits',
      policy: { Statement: { Sid: 'One', Condition: { Bool: { 'aws:SecureTransport': 'false' } } } },
      width: 40,
      lines: [
        { text: '{' },
        { text: '  "Statement": {' },
        { text: '    "Sid": "One",', statement: 0 },
        { text: '    "Condition": {', statement: 0 },
        { text: '      "Bool": {', statement: 0 },
        { text: '        "aws:SecureTransport": "false"', statement: 0 },
        { text: '      }', statement: 0 },
        { text: '    }', statement: 0 },
        { text: '  }' },
        { text: '}' },
      ],
    },
    {
      name: 'a policy written as a string of JSON prints as the JSON would',
      policy: JSON.stringify({ Version: '2012-10-17', Statement: [] }),
      width: 64,
      lines: [{ text: '{ "Version": "2012-10-17", "Statement": [] }' }],
    },
    {
      name: 'text that is not JSON (a MalformedPolicy lesson) stays as written, line for line',
      policy: '{"Version": "2012-10-17",\n "Statement": [',
      width: 64,
      lines: [{ text: '{"Version": "2012-10-17",' }, { text: ' "Statement": [' }],
    },
    {
      name: 'a document with no statements (a key policy being built) is printed whole',
      policy: { Version: '2012-10-17' },
      width: 64,
      lines: [{ text: '{ "Version": "2012-10-17" }' }],
    },
  ])('$name', ({ policy, width, lines }) => {
    expect(policyLines(policy, width)).toEqual(lines);
  });
});
