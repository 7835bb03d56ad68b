/** Compares one answer with one expectation; every difference is a `Mismatch`, in field order. */
import type { Operation, S3Response } from '../../types.ts';
import type { Expect, Mismatch } from '../types.ts';
import { matchBody } from './body.ts';
import { matchStatusAndError } from './error.ts';
import { matchHeaders } from './headers.ts';

export function matchExpect(expect: Expect, operation: Operation, response: S3Response): Mismatch[] {
  return [
    ...matchStatusAndError(expect, response),
    ...matchHeaders(expect, response.headers),
    ...(expect.body === undefined ? [] : matchBody(expect.body, operation, response)),
  ];
}
