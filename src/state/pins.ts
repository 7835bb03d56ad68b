/**
 * Pinned expectations: a request (as the builder's draft) with the answer it had when pinned.
 * They re-run against the draft policy and the bucket as it is now, and export as a scenario file
 * that `npm run scenarios` checks (pins-export.ts).
 */
import type { Outcome } from '../engine/index.ts';
import type { RequestDraft } from './request-draft.ts';

export interface PinExpectation {
  status: number;
  /** S3's error code; null on success. */
  code: string | null;
}

export interface Pin {
  draft: RequestDraft;
  expect: PinExpectation;
}

export interface PinDifference {
  field: 'status' | 'code';
  expected: string;
  actual: string;
}

/** A workspace keeps at most this many pins (each re-runs on every change). */
export const MAX_PINS = 100;

export const expectationOf = (outcome: Outcome): PinExpectation => ({
  status: outcome.response.status,
  code: outcome.response.error?.code ?? null,
});

export function pinDifferences(expected: PinExpectation, actual: PinExpectation): PinDifference[] {
  const differences: PinDifference[] = [];
  if (expected.status !== actual.status) {
    differences.push({ field: 'status', expected: String(expected.status), actual: String(actual.status) });
  }
  if (expected.code !== actual.code) {
    differences.push({ field: 'code', expected: expected.code ?? 'none', actual: actual.code ?? 'none' });
  }
  return differences;
}

export const pinLabel = (pin: Pin) =>
  `${pin.draft.operation} ${pin.draft.key || pin.draft.bucket}${pin.draft.https ? '' : ' over HTTP'}: ${pin.expect.code ? `${pin.expect.status} ${pin.expect.code}` : pin.expect.status}`;
