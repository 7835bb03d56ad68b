/**
 * Reading a scenario file (docs/scenario-format.md). Strict: JSON syntax errors carry a line and column,
 * every other problem names its JSON path, and unknown fields are errors. Never throws.
 */
import { err, ok, type Result } from '../result.ts';
import type { JsonValue, Setup } from '../types.ts';
import { readJson } from './json-reader.ts';
import type { Scenario, ScenarioFileError } from './types.ts';
import { Check } from './validate/check.ts';
import { scenarioDocument } from './validate/scenario.ts';
import { setup as readSetup } from './validate/setup.ts';

/**
 * A leading byte order mark (what some Windows editors save) is read as whitespace: RFC 8259 §8.1
 * lets a parser ignore it, and a space keeps every line and column where the user sees it.
 */
const BYTE_ORDER_MARK = '\uFEFF';

export function parseScenarioFile(text: string): Result<Scenario[], ScenarioFileError[]> {
  const parsed = readJson(text.startsWith(BYTE_ORDER_MARK) ? ` ${text.slice(1)}` : text);
  if (!parsed.ok) {
    const { message, position } = parsed.error;
    return err([{ path: '', message: `invalid JSON: ${message}`, position }]);
  }
  const check = new Check(parsed.value.positions);
  for (const duplicate of parsed.value.duplicates) {
    check.errors.push({
      path: duplicate.path,
      message: 'is given twice in the same object',
      position: duplicate.position,
    });
  }
  const scenarios = scenarioDocument(check, parsed.value.value);
  return check.errors.length > 0 ? err(check.errors) : ok(scenarios);
}

/** The same checks for a value that is already JSON (a bundled lesson), without positions. */
export function scenariosFromJson(value: JsonValue): Result<Scenario[], ScenarioFileError[]> {
  const check = new Check(new Map());
  const scenarios = scenarioDocument(check, value);
  return check.errors.length > 0 ? err(check.errors) : ok(scenarios);
}

/**
 * A file holding one `setup` (the matrix's `--setup`), with the same strict checks: either the
 * set-up object itself or a scenario file, whose first scenario's set-up is taken.
 */
export function parseSetupFile(text: string): Result<Setup, ScenarioFileError[]> {
  const parsed = readJson(text.startsWith(BYTE_ORDER_MARK) ? ` ${text.slice(1)}` : text);
  if (!parsed.ok) {
    const { message, position } = parsed.error;
    return err([{ path: '', message: `invalid JSON: ${message}`, position }]);
  }
  const value = parsed.value.value;
  const isScenarioFile =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    ('steps' in value || 'scenarios' in value);
  if (isScenarioFile) {
    const scenarios = parseScenarioFile(text);
    return scenarios.ok ? ok(scenarios.value[0]?.setup ?? {}) : scenarios;
  }
  const check = new Check(parsed.value.positions);
  const result = readSetup(check, value, '');
  return check.errors.length > 0 || result === undefined ? err(check.errors) : ok(result);
}
