/**
 * The conformance suites (real AWS answers) through the scenario runner and this engine:
 * every scenario must pass. Steps without expectations (tag `uncertain`) are run and only must
 * not fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '../scenario/parse.ts';
import { runScenarioIn } from '../scenario/run.ts';
import { createWorld } from '../world/create-world.ts';

// Every suite in the folder: the shared copies and the project's own.
const SUITES = readdirSync(new URL('../../scenarios/conformance/', import.meta.url))
  .filter((name) => name.endsWith('.json'))
  .sort();

describe.each(SUITES)('%s', (file) => {
  const parsed = parseScenarioFile(
    readFileSync(new URL(`../../scenarios/conformance/${file}`, import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error(`${file} does not parse: ${JSON.stringify(parsed.error)}`);
  it.each(parsed.value.map((scenario) => ({ id: scenario.id, scenario })))(
    '$id passes',
    async ({ scenario }) => {
      const run = await runScenarioIn(createWorld, scenario);
      const failures = run.steps.flatMap((step, index) =>
        step.mismatches.map((m) => `step ${index}: ${m.line}`),
      );
      expect(run.broken?.reason).toBeUndefined();
      expect(failures).toEqual([]);
    },
    60_000,
  );
});
