/**
 * Pinned expectations: a request (as the builder's draft) with the answer it had when pinned.
 * They re-run against the draft policy and the bucket as it is now, and export as a scenario file
 * that `npm run scenarios` checks (each pin one step).
 */
import {
  type Outcome,
  operationInfo,
  type Scenario,
  type ScenarioRequest,
  type Setup,
} from '../engine/index.ts';
import type { RequestDraft } from './request-draft.ts';
import { draftToRequest } from './to-request.ts';

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

/** The pin's request in the scenario format (object text stays text; JSON inputs stay JSON). */
function scenarioRequest(draft: RequestDraft): ScenarioRequest | undefined {
  const built = draftToRequest(draft);
  if (!built.ok) return undefined;
  const { body, ...rest } = built.value;
  const request: ScenarioRequest = { ...rest };
  if (Object.keys(request.query ?? {}).length === 0) delete request.query;
  if (Object.keys(request.headers ?? {}).length === 0) delete request.headers;
  if (operationInfo(draft.operation).body === 'bytes') request.body = draft.bodyText;
  else if (body !== undefined && !(body instanceof Uint8Array))
    request.body = body as ScenarioRequest['body'];
  return request;
}

/**
 * One scenario whose steps are the pins. The runner sends steps one after another in one world,
 * while the app answers each pin in its own copy: pins that depend on each other (a read of what
 * another pin writes) can differ; docs/differences.md#pins-as-steps says so.
 */
export function pinsScenario(pins: readonly Pin[], setup: Setup, policyText: string): Scenario {
  const steps = pins.flatMap((pin) => {
    const request = scenarioRequest(pin.draft);
    if (!request) return [];
    return [
      {
        request,
        expect: { status: pin.expect.status, ...(pin.expect.code ? { errorCode: pin.expect.code } : {}) },
      },
    ];
  });
  const withPolicy: Setup = { ...setup };
  if (policyText.trim() !== '') withPolicy.policy = policyText;
  else delete withPolicy.policy;
  return {
    id: 'pinned-expectations',
    title: 'Pinned expectations of the bucket policy',
    setup: withPolicy,
    steps,
  };
}
