/**
 * "Save as lesson" (issue 8): the world as it was built plus every request sent to it since, as a
 * scenario file in the project's format. Each observed answer becomes the step's expectation (status
 * and error code, and the encryption S3 applied), so the file passes `npm run scenarios` as saved.
 * An SSE-C key is key material: a step carrying one is left out unless "Include keys" is ticked.
 */

import {
  type Expect,
  type KmsKeySetup,
  type Outcome,
  type RequestInput,
  type Scenario,
  type ScenarioRequest,
  type Setup,
  serializeScenario,
  setupKeyOfCreateKey,
  wentThrough,
} from '../engine/index.ts';
import { type PlaceholderWriter, placeholderWriter } from './lesson-placeholders.ts';
import { carriesKey } from './request-draft.ts';
import { scenarioBytes } from './scenario-bytes.ts';
import type { SessionEntry } from './session.ts';

export function scenarioRequest(request: RequestInput): ScenarioRequest {
  const { body, ...rest } = request;
  if (body === undefined) return rest;
  return { ...rest, body: body instanceof Uint8Array ? scenarioBytes(body) : body };
}

/** What S3 answered, as an expectation: the status, the error code, the encryption it applied. */
function expectationOf(outcome: Outcome): Expect {
  const { status, error, headers } = outcome.response;
  const expect: Expect = { status };
  if (error) expect.errorCode = error.code;
  const sse = headers['x-amz-server-side-encryption'];
  if (wentThrough(status) && sse !== undefined) expect.headers = { 'x-amz-server-side-encryption': sse };
  return expect;
}

export interface LessonDraft {
  id: string;
  title: string;
  description?: string;
  /** One explanation per session entry (empty ones are written as a placeholder sentence). */
  explains: string[];
  includeKeys: boolean;
}

/**
 * A key the session created, as a set-up key with the same id. A scenario cannot name a key that
 * one of its own steps creates (KMS picks the id), so such keys exist from the start instead.
 */
export const createdKey = (entry: SessionEntry): KmsKeySetup | undefined =>
  setupKeyOfCreateKey(entry.request, entry.outcome);

/** A session's requests as scenario steps, and the keys they created (which become set-up keys). */
export interface SessionSteps {
  steps: Scenario['steps'];
  keys: KmsKeySetup[];
  /** Requests left out because they carry an SSE-C key and keys are not included. */
  skipped: number;
}

/**
 * The session's requests as steps, each expecting the answer it had, with what S3 generated
 * written as placeholders (`placeholders` learns each step, so later steps can name it too).
 */
export function sessionSteps(
  session: readonly SessionEntry[],
  options: { includeKeys: boolean; explain(index: number, entry: SessionEntry): string },
  placeholders: PlaceholderWriter = placeholderWriter(),
): SessionSteps {
  let skipped = 0;
  const steps: Scenario['steps'] = [];
  const keys: KmsKeySetup[] = [];
  session.forEach((entry, index) => {
    const key = createdKey(entry);
    if (key) {
      keys.push(key);
      return;
    }
    if (carriesKey(entry.request) && !options.includeKeys) {
      skipped++;
      return;
    }
    steps.push({
      request: scenarioRequest(placeholders.write(entry.request)),
      expect: expectationOf(entry.outcome),
      explain: options.explain(index, entry),
    });
    placeholders.learn(steps.length - 1, entry.request, entry.outcome);
  });
  return { steps, keys, skipped };
}

/** The set-up with the keys the session created added (a step cannot name a key KMS picks the id of). */
export const withCreatedKeys = (start: Setup, keys: readonly KmsKeySetup[]): Setup =>
  keys.length > 0 ? { ...start, kmsKeys: [...(start.kmsKeys ?? []), ...keys] } : start;

export function lessonFromSession(
  start: Setup,
  session: SessionEntry[],
  draft: LessonDraft,
): { scenario: Scenario; skipped: number; keysInSetup: number } {
  const { steps, keys, skipped } = sessionSteps(session, {
    includeKeys: draft.includeKeys,
    explain: (index, entry) =>
      draft.explains[index]?.trim() || `S3 answered ${entry.outcome.response.status}.`,
  });
  const scenario: Scenario = {
    id: draft.id,
    title: draft.title,
    ...(draft.description ? { description: draft.description } : {}),
    tags: ['saved'],
    setup: withCreatedKeys(start, keys),
    steps,
  };
  return { scenario, skipped, keysInSetup: keys.length };
}

export const lessonFileText = (scenario: Scenario): string => serializeScenario(scenario);

/** A lesson id from a title: lower-case words joined by hyphens (the format's `[a-z0-9-]+`). */
export function idFromTitle(title: string): string {
  const id = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return id === '' ? 'my-lesson' : id;
}
