/**
 * A scenario run step by step against one world: the CLI runner runs every step once in order, a
 * lesson runs the step the learner picks. Running step N first runs the earlier steps that have not
 * run yet, in order (issue 8, "Steps in order"), so step N answers as the scenario promises. The
 * session keeps what earlier answers give later placeholders (docs/scenario-format.md,
 * "Placeholders") and compares each answer with its expectation. An answer is compared only when
 * its step ran right after the one before it in a world nothing else changed: anything else would
 * blame the simulator for a world the learner changed.
 */
import type { CancelledRequest, Outcome, RequestInput, SendOptions } from '../types.ts';
import { matchExpect } from './match/index.ts';
import { mismatch } from './match/mismatch.ts';
import { answerValues, type PlaceholderValues } from './placeholders.ts';
import { substituteExpect, substituteRequest } from './substitute.ts';
import type { Mismatch, Scenario, ScenarioRequest, Step, StepRun } from './types.ts';

/** What a session needs of a world (src/engine/world's `World` has all of it). */
export interface ScenarioWorld {
  send(request: RequestInput): Promise<Outcome>;
  send(request: RequestInput, options: SendOptions): Promise<Outcome | CancelledRequest>;
  awsManagedKeyArn(): string;
  keyArn(id: string): string | undefined;
}

export interface SessionOptions {
  /** Moves the world's simulated clock on by a step's `afterMs`, before the step is sent. */
  advance(ms: number): void;
}

/** One run of a step. `compared`: it ran in order in an untouched world, so `mismatches` count. */
export type SessionStep = StepRun & { compared: boolean };

export interface SessionRun {
  /** Every step this call ran, in order: the earlier steps that had not run, then the one asked for. */
  steps: SessionStep[];
  /**
   * Why the step asked for did not run: an earlier step could not be sent (a placeholder without
   * a value, an engine failure), or the request was cancelled before S3 stored anything.
   */
  stopped?: 'unsent' | 'cancelled';
}

export interface ScenarioSession {
  readonly scenario: Scenario;
  /** Step indexes in the order they ran (a step run twice is listed twice). */
  readonly ranSteps: readonly number[];
  /** The latest run of each step, by index; undefined for a step not run yet. */
  readonly runs: readonly (SessionStep | undefined)[];
  /** What the placeholders stand for now. */
  values(): PlaceholderValues;
  /** True once something other than the session changed the world (see leaveScript). */
  readonly offScript: boolean;
  /** Something other than the session changed the world: later answers are no longer compared. */
  leaveScript(): void;
  runStep(index: number, options?: SendOptions): Promise<SessionRun>;
}

/** What earlier steps returned, for the placeholders of later ones. */
interface Captured {
  uploadId?: string;
  versionIds: (string | undefined)[];
  uploadIds: (string | undefined)[];
  etags: (string | undefined)[];
  /** The parts each upload got (part number -> ETag), for version 1 Completes. */
  parts: Map<string, Map<number, string>>;
}

export function openScenarioSession(
  scenario: Scenario,
  world: ScenarioWorld,
  options: SessionOptions,
): ScenarioSession {
  const captured: Captured = { versionIds: [], uploadIds: [], etags: [], parts: new Map() };
  const ranSteps: number[] = [];
  const runs: (SessionStep | undefined)[] = [];
  let lastRan = -1;
  let offScript = false;
  const values = (): PlaceholderValues => ({
    ...(captured.uploadId === undefined ? {} : { uploadId: captured.uploadId }),
    versionIds: captured.versionIds,
    uploadIds: captured.uploadIds,
    etags: captured.etags,
    awsManagedKeyArn: () => world.awsManagedKeyArn(),
    keyArn: (id) => world.keyArn(id),
  });

  /** Runs one step; undefined when it was cancelled (it then counts as not run). */
  const runOne = async (index: number, send: SendOptions): Promise<SessionStep | undefined> => {
    const step = scenario.steps[index]!;
    const compared = !offScript && index === lastRan + 1;
    if (step.afterMs !== undefined) options.advance(step.afterMs);
    const run = await sendStep(world, step, index, values, captured, scenario.format === 1, send);
    if (run === undefined) return undefined;
    const done = { ...run, compared };
    runs[index] = done;
    ranSteps.push(index);
    lastRan = index;
    return done;
  };

  return {
    scenario,
    ranSteps,
    runs,
    values,
    get offScript() {
      return offScript;
    },
    leaveScript: () => {
      offScript = true;
    },
    runStep: async (index, send = {}) => {
      if (!Number.isInteger(index) || index < 0 || index >= scenario.steps.length)
        throw new RangeError(`${scenario.id} has no step ${index}`);
      const steps: SessionStep[] = [];
      for (let earlier = 0; earlier < index; earlier++) {
        if (runs[earlier] !== undefined) continue;
        const run = await runOne(earlier, send);
        if (run === undefined) return { steps, stopped: 'cancelled' };
        steps.push(run);
        if (run.outcome === undefined) return { steps, stopped: 'unsent' };
      }
      const run = await runOne(index, send);
      if (run === undefined) return { steps, stopped: 'cancelled' };
      steps.push(run);
      return { steps };
    },
  };
}

async function sendStep(
  world: ScenarioWorld,
  step: Step,
  index: number,
  values: () => PlaceholderValues,
  captured: Captured,
  completesAllParts: boolean,
  send: SendOptions,
): Promise<StepRun | undefined> {
  const problems: string[] = [];
  const substituted = substituteRequest(step.request, values(), problems);
  const request = completesAllParts ? withUploadedParts(substituted, captured) : substituted;
  if (problems.length > 0) {
    captured.versionIds[index] = undefined;
    return unsent(
      index,
      request,
      problems.map((problem) => mismatch('request', 'every placeholder to have a value', problem)),
    );
  }
  let outcome: Outcome;
  try {
    const answer = await world.send(request, send);
    if ('cancelled' in answer) return undefined;
    outcome = answer;
  } catch (error) {
    captured.versionIds[index] = undefined;
    return unsent(index, request, [
      mismatch('request', 'an answer', `the engine threw (a bug): ${describeError(error)}`),
    ]);
  }
  capture(request, outcome, index, captured);
  const { response } = outcome;
  const mismatches: Mismatch[] = [];
  if (step.expect !== undefined) {
    // The expectation's placeholders are filled as the request's were (its own answer's too).
    const expectProblems: string[] = [];
    const expect = substituteExpect(step.expect, values(), expectProblems);
    mismatches.push(
      ...expectProblems.map((problem) => mismatch('expect', 'every placeholder to have a value', problem)),
    );
    if (expectProblems.length === 0) mismatches.push(...matchExpect(expect, request.operation, response));
  } else if (response.status === 500) {
    // Unchecked steps are not compared, but the simulator never answers 500 on purpose: it is a bug.
    mismatches.push(
      mismatch('status', 'an answer from the simulator', `500 ${response.error?.message ?? ''}`.trim()),
    );
  }
  return {
    index,
    request,
    status: response.status,
    ...(response.error === undefined ? {} : { errorCode: response.error.code }),
    headers: response.headers,
    checked: step.expect !== undefined,
    passed: mismatches.length === 0,
    mismatches,
    outcome,
  };
}

/** What the answer gives later placeholders: its version id, ETag and UploadId, and the part it stored. */
function capture(request: ScenarioRequest, outcome: Outcome, index: number, captured: Captured): void {
  const { response } = outcome;
  captured.versionIds[index] = response.headers['x-amz-version-id'];
  const { etag, uploadId } = answerValues(request.operation, response);
  captured.etags[index] = etag;
  captured.uploadIds[index] = uploadId;
  if (uploadId !== undefined) captured.uploadId = uploadId;
  recordPart(request, response.status, etag, captured);
}

function unsent(index: number, request: ScenarioRequest, mismatches: Mismatch[]): StepRun {
  return { index, request, status: 0, headers: {}, checked: true, passed: false, mismatches };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Version 1 of the format let a CompleteMultipartUpload without a body mean "every part uploaded";
 * S3 itself has no such default (400 "You must specify at least one part"). So the session writes
 * the part list S3 needs, with each part's ETag as its UploadPart answered, and the engine still
 * checks it as S3 does. Version 2 files list their parts themselves.
 */
function withUploadedParts(request: ScenarioRequest, captured: Captured): ScenarioRequest {
  if (request.operation !== 'CompleteMultipartUpload' || request.body !== undefined) return request;
  const uploadId = request.query?.uploadId;
  const parts = uploadId === undefined ? undefined : captured.parts.get(uploadId);
  if (parts === undefined || parts.size === 0) return request;
  const list = [...parts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, etag]) => ({ PartNumber: number, ETag: etag }));
  return { ...request, body: { Parts: list } };
}

function recordPart(
  request: RequestInput,
  status: number,
  etag: string | undefined,
  captured: Captured,
): void {
  if (request.operation !== 'UploadPart' && request.operation !== 'UploadPartCopy') return;
  const uploadId = request.query?.uploadId;
  const number = Number(request.query?.partNumber);
  if (status !== 200 || etag === undefined || uploadId === undefined || !Number.isInteger(number)) return;
  const parts = captured.parts.get(uploadId) ?? new Map<number, string>();
  parts.set(number, etag);
  captured.parts.set(uploadId, parts);
}
