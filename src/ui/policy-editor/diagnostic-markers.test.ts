import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../engine/index.ts';
import { diagnosticToMarker } from './diagnostic-markers.ts';

const at = (line: number, column: number) => ({ line, column, offset: 0 });

const cases: { name: string; diagnostic: Diagnostic; expected: Record<string, unknown> }[] = [
  {
    name: 'an error keeps its 1-based range and gets Monaco severity 8',
    diagnostic: {
      severity: 'error',
      code: 'unknown-action',
      message: 'Unknown action s3:PutObjekt',
      range: { start: at(5, 17), end: at(5, 31) },
    },
    expected: {
      severity: 8,
      code: 'unknown-action',
      message: 'Unknown action s3:PutObjekt',
      startLineNumber: 5,
      startColumn: 17,
      endLineNumber: 5,
      endColumn: 31,
    },
  },
  {
    name: 'a warning gets severity 4 and a multi-line range stays multi-line',
    diagnostic: {
      severity: 'warning',
      code: 'redundant',
      message: 'Redundant statement',
      range: { start: at(3, 5), end: at(9, 6) },
    },
    expected: { severity: 4, startLineNumber: 3, startColumn: 5, endLineNumber: 9, endColumn: 6 },
  },
  {
    name: 'an info diagnostic gets severity 2',
    diagnostic: {
      severity: 'info',
      code: 'hint',
      message: 'Hint',
      range: { start: at(1, 1), end: at(1, 4) },
    },
    expected: { severity: 2 },
  },
  {
    name: 'an empty range is widened to one character so the marker is visible',
    diagnostic: {
      severity: 'error',
      code: 'json-syntax',
      message: 'Expected a comma',
      range: { start: at(7, 3), end: at(7, 3) },
    },
    expected: { startLineNumber: 7, startColumn: 3, endLineNumber: 7, endColumn: 4 },
  },
  {
    name: "S3's refusal message is appended when it differs from the teaching message",
    diagnostic: {
      severity: 'error',
      code: 'invalid-action',
      message: 'Unknown action s3:Foo',
      s3Message: 'Policy has invalid action',
      range: { start: at(2, 1), end: at(2, 5) },
    },
    expected: {
      message: 'Unknown action s3:Foo\nS3 answers PutBucketPolicy with: Policy has invalid action',
    },
  },
  {
    name: "S3's message is not repeated when it is the message itself",
    diagnostic: {
      severity: 'error',
      code: 'invalid-action',
      message: 'Policy has invalid action',
      s3Message: 'Policy has invalid action',
      range: { start: at(2, 1), end: at(2, 5) },
    },
    expected: { message: 'Policy has invalid action' },
  },
];

describe('diagnosticToMarker', () => {
  it.each(cases)('$name', ({ diagnostic, expected }) => {
    expect(diagnosticToMarker(diagnostic)).toMatchObject(expected);
  });
});
