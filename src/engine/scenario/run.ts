/**
 * Runs one scenario (docs/scenario-format.md, "Setup" and "Step"): a seeded world built at T0, ten
 * simulated seconds before step 0 (so set-up KMS calls leave the steps' quota window), then each
 * step at the same instant as the one before unless it says `afterMs`. Never throws: a set-up
 * that S3 would refuse makes the run "broken", an engine exception becomes a failed step.
 */
import { deterministicDeps, type EngineDeps } from '../deps.ts';
import type { Result } from '../result.ts';
import type { Outcome, RequestInput, Setup, SetupProblem } from '../types.ts';
import { matchExpect } from './match/index.ts';
import { mismatch } from './match/mismatch.ts';
import { answerValues, type PlaceholderValues } from './placeholders.ts';

/** What earlier steps returned, for the placeholders of later ones. */
interface RunState {
  uploadId?: string;
  versionIds: (string | undefined)[];
  uploadIds: (string | undefined)[];
  etags: (string | undefined)[];
  /** The parts each upload got in this scenario (part number -> ETag), for version 1 Completes. */
  parts: Map<string, Map<number, string>>;
}

import { substituteExpect, substituteRequest } from './substitute.ts';
import type { Mismatch, Scenario, ScenarioRequest, ScenarioRun, Step, StepRun } from './types.ts';

/** What the runner needs of a world (src/engine/world's `World` has all of it). */
export interface ScenarioWorld {
  send(request: RequestInput): Promise<Outcome>;
  awsManagedKeyArn(): string;
  keyArn(id: string): string | undefined;
}

export type WorldFactory = (setup: Setup, deps: EngineDeps) => Promise<Result<ScenarioWorld, SetupProblem[]>>;

export interface RunOptions {
  /** Seed of the deterministic randomness (default 1): same seed, same keys, ids and bytes. */
  seed?: number;
  /** T0 of the simulated clock, in ms since the epoch (default 2026-01-01T00:00:00Z). */
  startMs?: number;
}

const SETUP_LEAD_MS = 10_000;
const DEFAULT_START_MS = Date.UTC(2026, 0, 1);

export async function runScenarioIn(
  createWorld: WorldFactory,
  scenario: Scenario,
  options: RunOptions = {},
): Promise<ScenarioRun> {
  const deps = deterministicDeps(options.seed ?? 1, options.startMs ?? DEFAULT_START_MS);
  const head = { id: scenario.id, title: scenario.title };
  let built: Result<ScenarioWorld, SetupProblem[]>;
  try {
    built = await createWorld(scenario.setup ?? {}, deps);
  } catch (error) {
    const problem = {
      path: 'setup',
      message: `the engine failed while building the set-up (a bug): ${describeError(error)}`,
    };
    return { ...head, passed: false, broken: { reason: problem.message, problems: [problem] }, steps: [] };
  }
  if (!built.ok) {
    const reason = built.error.map((problem) => `${setupPath(problem.path)}: ${problem.message}`).join('; ');
    return { ...head, passed: false, broken: { reason, problems: built.error }, steps: [] };
  }
  const world = built.value;
  deps.advance(SETUP_LEAD_MS);
  const state: RunState = { versionIds: [], uploadIds: [], etags: [], parts: new Map() };
  const values = (): PlaceholderValues => ({
    ...(state.uploadId === undefined ? {} : { uploadId: state.uploadId }),
    versionIds: state.versionIds,
    uploadIds: state.uploadIds,
    etags: state.etags,
    awsManagedKeyArn: () => world.awsManagedKeyArn(),
    keyArn: (id) => world.keyArn(id),
  });
  const steps: StepRun[] = [];
  for (const [index, step] of scenario.steps.entries()) {
    if (step.afterMs !== undefined) deps.advance(step.afterMs);
    const run = await runStep(world, step, index, values, state, scenario.format === 1);
    steps.push(run);
  }
  return { ...head, passed: steps.every((step) => step.passed), steps };
}

async function runStep(
  world: ScenarioWorld,
  step: Step,
  index: number,
  values: () => PlaceholderValues,
  state: RunState,
  completesAllParts: boolean,
): Promise<StepRun> {
  const problems: string[] = [];
  const substituted = substituteRequest(step.request, values(), problems);
  const request = completesAllParts ? withUploadedParts(substituted, state) : substituted;
  if (problems.length > 0) {
    state.versionIds[index] = undefined;
    return unsent(
      index,
      request,
      problems.map((problem) => mismatch('request', 'every placeholder to have a value', problem)),
    );
  }
  let outcome: Outcome;
  try {
    outcome = await world.send(request);
  } catch (error) {
    state.versionIds[index] = undefined;
    return unsent(index, request, [
      mismatch('request', 'an answer', `the engine threw (a bug): ${describeError(error)}`),
    ]);
  }
  const { response } = outcome;
  state.versionIds[index] = response.headers['x-amz-version-id'];
  const { etag, uploadId } = answerValues(request.operation, response);
  state.etags[index] = etag;
  state.uploadIds[index] = uploadId;
  recordPart(request, response.status, etag, state);
  if (uploadId !== undefined) state.uploadId = uploadId;
  const mismatches: Mismatch[] = [];
  if (step.expect !== undefined) {
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

function unsent(index: number, request: ScenarioRequest, mismatches: Mismatch[]): StepRun {
  return { index, request, status: 0, headers: {}, checked: true, passed: false, mismatches };
}

/** Set-up problems name paths inside `setup` (`policy`, `kmsKeys[0]`); a report names them from the scenario. */
function setupPath(path: string): string {
  if (path === '' || path === 'setup') return 'setup';
  if (path.startsWith('setup.') || path.startsWith('setup[')) return path;
  return path.startsWith('[') ? `setup${path}` : `setup.${path}`;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Version 1 of the format let a CompleteMultipartUpload without a body mean "every part uploaded";
 * S3 itself has no such default (400 "You must specify at least one part"). So the runner writes
 * the part list S3 needs, with each part's ETag as its UploadPart answered, and the engine still
 * checks it as S3 does. Version 2 files list their parts themselves.
 */
function withUploadedParts(request: ScenarioRequest, state: RunState): ScenarioRequest {
  if (request.operation !== 'CompleteMultipartUpload' || request.body !== undefined) return request;
  const uploadId = request.query?.uploadId;
  const parts = uploadId === undefined ? undefined : state.parts.get(uploadId);
  if (parts === undefined || parts.size === 0) return request;
  const list = [...parts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([number, etag]) => ({ PartNumber: number, ETag: etag }));
  return { ...request, body: { Parts: list } };
}

function recordPart(request: RequestInput, status: number, etag: string | undefined, state: RunState): void {
  if (request.operation !== 'UploadPart' && request.operation !== 'UploadPartCopy') return;
  const uploadId = request.query?.uploadId;
  const number = Number(request.query?.partNumber);
  if (status !== 200 || etag === undefined || uploadId === undefined || !Number.isInteger(number)) return;
  const parts = state.parts.get(uploadId) ?? new Map<number, string>();
  parts.set(number, etag);
  state.parts.set(uploadId, parts);
}
