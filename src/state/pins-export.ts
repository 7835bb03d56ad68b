/**
 * Pins as a scenario file for `npm run scenarios`. In the app each pin is answered in a copy of the
 * world as it is now, under the editor's policy; so the file rebuilds that world before the pins:
 * the set-up the world was built from, then every request sent to it since (each expecting the
 * answer it had, with upload ids, version ids and ETags as placeholders, as "Save as lesson"
 * writes them), then the editor's policy if the bucket does not hold it yet. A pin that names an
 * upload, a version or an ETag one of those requests generated names it by its placeholder.
 */
import type { Scenario, ScenarioRequest, Setup } from '../engine/index.ts';
import { operationInfo } from '../engine/index.ts';
import { scenarioRequest, sessionSteps, withCreatedKeys } from './lesson-export.ts';
import { type PlaceholderWriter, placeholderWriter } from './lesson-placeholders.ts';
import type { Pin } from './pins.ts';
import { policyRequestFor } from './policy-pending.ts';
import type { RequestDraft } from './request-draft.ts';
import type { SessionEntry } from './session.ts';
import { draftToRequest } from './to-request.ts';

export interface PinsWorld {
  /** The set-up the world was built from (`sessionStart`). */
  start: Setup;
  /** The requests sent to the world since, in order. */
  session: readonly SessionEntry[];
  /**
   * The set-up of the world as it is now (`world.exportSetup()`): its principals change outside
   * the session, and its policy says whether the bucket holds the editor's yet.
   */
  current: Setup;
  /** The editor's policy, which the pins are checked under. */
  policyText: string;
  /** Requests carrying an SSE-C key are written only with "Include keys". */
  includeKeys: boolean;
}

export interface PinsExport {
  scenario: Scenario;
  /** The step of each pin, by pin index; null for a pin that cannot be sent (left out). */
  pinSteps: (number | null)[];
  /** Requests of the session left out because they carry an SSE-C key. */
  skippedWithKeys: number;
}

/** The pin's request in the scenario format (object text stays text; JSON inputs stay JSON). */
function pinRequest(draft: RequestDraft, placeholders: PlaceholderWriter): ScenarioRequest | undefined {
  const built = draftToRequest(draft);
  if (!built.ok) return undefined;
  const { body, ...rest } = placeholders.write(built.value);
  const request: ScenarioRequest = { ...rest };
  if (Object.keys(request.query ?? {}).length === 0) delete request.query;
  if (Object.keys(request.headers ?? {}).length === 0) delete request.headers;
  if (operationInfo(draft.operation).body === 'bytes') request.body = draft.bodyText;
  else if (body !== undefined && !(body instanceof Uint8Array))
    request.body = body as ScenarioRequest['body'];
  return request;
}

/**
 * One scenario: the world's set-up, the requests that made the world what it is, the editor's
 * policy, then one step per pin. The runner sends the pins one after another in one world, while
 * the app answers each in its own copy: a pin that reads what another pin writes can differ
 * (docs/differences.md#pins-as-steps); `checkPinsExport` finds such pins before the file is saved.
 */
export function pinsScenario(pins: readonly Pin[], world: PinsWorld): PinsExport {
  const placeholders = placeholderWriter();
  const made = sessionSteps(
    world.session,
    {
      includeKeys: world.includeKeys,
      explain: (index) => `Set-up: request ${index + 1} sent to the world the pins were made in.`,
    },
    placeholders,
  );
  const steps: Scenario['steps'] = [...made.steps];
  const stored = world.current.policy;
  const policy = policyRequestFor(
    world.policyText,
    stored === undefined ? null : typeof stored === 'string' ? stored : JSON.stringify(stored),
  );
  if (policy) {
    steps.push({
      request: scenarioRequest(policy),
      // PutBucketPolicy and DeleteBucketPolicy answer 204 No Content (S3 API reference).
      expect: { status: 204 },
      explain: "Set-up: the editor's policy, which the pins are checked under.",
    });
  }
  const pinSteps = pins.map((pin) => {
    const request = pinRequest(pin.draft, placeholders);
    if (!request) return null;
    steps.push({
      request,
      expect: { status: pin.expect.status, ...(pin.expect.code ? { errorCode: pin.expect.code } : {}) },
    });
    return steps.length - 1;
  });
  const start = withCreatedKeys(world.start, made.keys);
  const setup: Setup = { ...start };
  // Principals are added and changed in their panel, not by requests: the world's own, as now.
  if (world.current.principals) setup.principals = world.current.principals;
  else delete setup.principals;
  return {
    scenario: {
      id: 'pinned-expectations',
      title: 'Pinned expectations of the bucket policy',
      setup,
      steps,
    },
    pinSteps,
    skippedWithKeys: made.skipped,
  };
}
