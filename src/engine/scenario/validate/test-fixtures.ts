/** Scenario documents for the validation tests: a minimal valid scenario, varied one field at a time. */
import { expect } from 'vitest';
import type { JsonObject } from '../../types.ts';
import { parseScenarioFile } from '../parse.ts';

export const step = (request: JsonObject, extra: JsonObject = {}): JsonObject => ({ request, ...extra });
export const scenario = (extra: JsonObject = {}): JsonObject => ({
  id: 'a-scenario',
  title: 'A scenario',
  steps: [step({ operation: 'GetBucketEncryption' })],
  ...extra,
});
export const withSetup = (setup: JsonObject) => scenario({ setup });
export const withRequest = (request: JsonObject) =>
  scenario({ steps: [step({ operation: 'PutObject', key: 'k', ...request })] });
export const withExpect = (expectation: JsonObject) =>
  scenario({ steps: [step({ operation: 'GetObject', key: 'k' }, { expect: expectation })] });
export const withSteps = (steps: JsonObject[]) => scenario({ steps });

export interface RefusalCase {
  name: string;
  file: JsonObject | string;
  /** Exact path and message (or an asymmetric matcher for long messages). */
  errors: { path: string; message: unknown }[];
}

/** Parses the file and compares every error's path and message, in order. */
export function expectRefusal({ file, errors }: RefusalCase): void {
  const text = typeof file === 'string' ? file : JSON.stringify(file, null, 2);
  const result = parseScenarioFile(text);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.map(({ path, message }) => ({ path, message }))).toEqual(errors);
}
