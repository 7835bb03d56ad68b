/**
 * A whole scenario file: one scenario object, or `{ "scenarios": [ ... ] }`
 * (docs/scenario-format.md, "Scenario" and "Step").
 */

import { isJsonObject } from '../../json.ts';
import type { JsonValue } from '../../types.ts';
import { SCENARIO_FIELDS, STEP_FIELDS } from '../fields.ts';
import { FORMAT_FIELD, readFormatVersion } from '../format-version.ts';
import { indexPath, memberPath } from '../json-path.ts';
import type { Scenario, Step } from '../types.ts';
import type { Check } from './check.ts';
import { expectation } from './expect.ts';
import { checkPlaceholders } from './placeholders.ts';
import { request } from './request.ts';
import { setup } from './setup.ts';

const ID = { pattern: /^[a-z0-9-]+$/, patternText: 'lower-case letters, digits and hyphens ([a-z0-9-]+)' };

/**
 * `format` may stand only at the top of the file: beside `scenarios`, or among the members of a
 * file's single scenario object.
 */
export function scenarioDocument(check: Check, value: JsonValue): Scenario[] {
  const read = readFormatVersion(check, value);
  if (read.kind === 'unreadable') return [];
  const withVersion = (built: Scenario | undefined): Scenario | undefined =>
    built !== undefined && read.version === 1 ? { ...built, format: 1 } : built;
  if (isJsonObject(value) && value.scenarios !== undefined) {
    check.known(value, '', [FORMAT_FIELD, 'scenarios']);
    const list =
      check.array(value, '', 'scenarios', (item, at) => withVersion(scenario(check, item, at))) ?? [];
    if (Array.isArray(value.scenarios) && value.scenarios.length === 0)
      check.fail('scenarios', 'must hold at least one scenario');
    uniqueIds(check, value.scenarios, 'scenarios');
    return list;
  }
  const single = withVersion(scenario(check, value, '', [FORMAT_FIELD]));
  return single === undefined ? [] : [single];
}

function uniqueIds(check: Check, items: JsonValue | undefined, path: string): void {
  if (!Array.isArray(items)) return;
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const id = isJsonObject(item) ? item.id : undefined;
    if (typeof id !== 'string') return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else
      check.fail(
        memberPath(indexPath(path, index), 'id'),
        `repeats the id "${id}" of ${indexPath(path, first)}`,
      );
  });
}

function scenario(
  check: Check,
  value: JsonValue,
  path: string,
  topLevel: readonly string[] = [],
): Scenario | undefined {
  const input = check.object(value, path, 'a scenario object');
  if (input === undefined) return undefined;
  check.known(input, path, [...topLevel, ...SCENARIO_FIELDS]);
  const present = ['id', 'title', 'steps'].map((name) => check.required(input, path, name)).every(Boolean);
  const id = check.string(input, path, 'id', ID);
  const title = check.string(input, path, 'title', { nonEmpty: true });
  const description = check.string(input, path, 'description');
  const source = check.string(input, path, 'source');
  const tags = check.array(input, path, 'tags', (item, at) =>
    typeof item === 'string' && item !== '' ? item : check.wrongType(at, 'a tag (a non-empty string)', item),
  );
  const built = input.setup === undefined ? undefined : setup(check, input.setup, memberPath(path, 'setup'));
  const steps = check.array(input, path, 'steps', (item, at) => step(check, item, at)) ?? [];
  if (Array.isArray(input.steps) && input.steps.length === 0)
    check.fail(memberPath(path, 'steps'), 'must hold at least one step');
  const complete = Array.isArray(input.steps) && steps.length === input.steps.length;
  if (complete) {
    const setupKeyIds = (built?.kmsKeys ?? []).map((key) => key.id);
    const rawSteps = input.steps as JsonValue[];
    rawSteps.forEach((raw, index) => {
      const at = indexPath(memberPath(path, 'steps'), index);
      if (!isJsonObject(raw)) return;
      const where = { step: index, steps, setupKeyIds };
      checkPlaceholders(check, raw.request, memberPath(at, 'request'), { ...where, seesOwnStep: false });
      checkPlaceholders(check, raw.expect, memberPath(at, 'expect'), { ...where, seesOwnStep: true });
    });
  }
  if (!present || id === undefined || title === undefined || !complete || steps.length === 0)
    return undefined;
  const result: Scenario = { id, title, steps };
  if (description !== undefined) result.description = description;
  if (source !== undefined) result.source = source;
  if (tags !== undefined) result.tags = tags;
  if (built !== undefined) result.setup = built;
  return result;
}

function step(check: Check, value: JsonValue, path: string): Step | undefined {
  const input = check.object(value, path, 'a step object');
  if (input === undefined) return undefined;
  check.known(input, path, STEP_FIELDS);
  const raw = input.request;
  if (!check.required(input, path, 'request') || raw === undefined) return undefined;
  const built = request(check, raw, memberPath(path, 'request'));
  const expect =
    input.expect === undefined ? undefined : expectation(check, input.expect, memberPath(path, 'expect'));
  const explain = check.string(input, path, 'explain');
  const afterMs = check.integer(input, path, 'afterMs', 0);
  if (built === undefined) return undefined;
  const result: Step = { request: built };
  if (expect !== undefined) result.expect = expect;
  if (explain !== undefined) result.explain = explain;
  if (afterMs !== undefined) result.afterMs = afterMs;
  return result;
}
