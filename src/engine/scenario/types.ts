/**
 * Scenarios as data (docs/scenario-format.md): a set-up, requests and what S3 is
 * expected to answer. The same shapes serve the conformance suites, lessons, import/export and the
 * command-line runner.
 */
import type { Position } from '../policy/types.ts';
import type { BodySpec, JsonValue, Outcome, RequestInput, Setup, SetupProblem } from '../types.ts';

/** A request as written in a file: placeholders (`{{uploadId}}`, ...) still in its strings. */
export type ScenarioRequest = Omit<RequestInput, 'body'> & { body?: BodySpec };

/** A header expectation: the exact value, or a regular expression it must match. */
export type HeaderExpectation = string | { matches: string };

/** Object bytes (`string`, `{repeat,times}`, `{base64}`) or a map from a JSON path to the value. */
export type BodyExpectation =
  | string
  | { repeat: string; times: number }
  | { base64: string }
  | { paths: Record<string, JsonValue> };

export interface Expect {
  status?: number;
  errorCode?: string;
  errorMessage?: string;
  errorFields?: Record<string, string>;
  headers?: Record<string, HeaderExpectation>;
  headersAbsent?: string[];
  body?: BodyExpectation;
}

export interface Step {
  request: ScenarioRequest;
  expect?: Expect;
  explain?: string;
  afterMs?: number;
}

export interface Scenario {
  id: string;
  title: string;
  /**
   * `1` when read from a version 1 file (absent: the current version). Version 1 let a
   * CompleteMultipartUpload without a body mean "every part uploaded" (the runner lists them), so
   * such a scenario is written back as version 1.
   */
  format?: 1;
  description?: string;
  source?: string;
  tags?: string[];
  setup?: Setup;
  steps: Step[];
}

/** One problem in a scenario file: where (JSON path, and line/column when known) and what. */
export interface ScenarioFileError {
  /** e.g. `scenarios[3].steps[0].request.operation`; `''` is the whole file. */
  path: string;
  message: string;
  position?: Position;
}

/** One way an answer differs from the expectation; `line` reads on its own in a report. */
export interface Mismatch {
  field: string;
  expected: string;
  got: string;
  line: string;
}

export interface StepRun {
  index: number;
  /** The request as sent, placeholders replaced. */
  request: ScenarioRequest;
  status: number;
  errorCode?: string;
  headers: Record<string, string>;
  /** False for a step without `expect` (run, shown, not compared). */
  checked: boolean;
  passed: boolean;
  mismatches: Mismatch[];
  /** What the engine answered; absent when the request could not be sent. */
  outcome?: Outcome;
}

export interface ScenarioRun {
  id: string;
  title: string;
  passed: boolean;
  /** The set-up could not be built as written: no step ran. */
  broken?: { reason: string; problems: SetupProblem[] };
  steps: StepRun[];
}
