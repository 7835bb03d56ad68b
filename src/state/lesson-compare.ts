/**
 * A lesson step's answer against its expectation. Loaded on demand (the scenario matcher is not
 * part of the first load).
 */
import { type Expect, type Mismatch, matchExpect, type Operation, type S3Response } from '../engine/index.ts';

export function compareStep(expect: Expect, operation: Operation, response: S3Response): Mismatch[] {
  return matchExpect(expect, operation, response);
}
