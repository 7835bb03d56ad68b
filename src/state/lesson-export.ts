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
  toBase64,
  wentThrough,
} from '../engine/index.ts';
import { placeholderWriter } from './lesson-placeholders.ts';
import { carriesKey } from './request-draft.ts';
import type { SessionEntry } from './session.ts';

function scenarioRequest(request: RequestInput): ScenarioRequest {
  const { body, ...rest } = request;
  if (body === undefined) return rest;
  return { ...rest, body: body instanceof Uint8Array ? { base64: toBase64(body) } : body };
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

export function lessonFromSession(
  start: Setup,
  session: SessionEntry[],
  draft: LessonDraft,
): { scenario: Scenario; skipped: number; keysInSetup: number } {
  let skipped = 0;
  const steps: Scenario['steps'] = [];
  const keys: KmsKeySetup[] = [];
  const placeholders = placeholderWriter();
  session.forEach((entry, index) => {
    const key = createdKey(entry);
    if (key) {
      keys.push(key);
      return;
    }
    if (carriesKey(entry.request) && !draft.includeKeys) {
      skipped++;
      return;
    }
    const explain = draft.explains[index]?.trim();
    steps.push({
      request: scenarioRequest(placeholders.write(entry.request)),
      expect: expectationOf(entry.outcome),
      explain: explain || `S3 answered ${entry.outcome.response.status}.`,
    });
    placeholders.learn(steps.length - 1, entry.request, entry.outcome);
  });
  const setup = keys.length > 0 ? { ...start, kmsKeys: [...(start.kmsKeys ?? []), ...keys] } : start;
  const scenario: Scenario = {
    id: draft.id,
    title: draft.title,
    ...(draft.description ? { description: draft.description } : {}),
    tags: ['saved'],
    setup,
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
