/**
 * Runs one scenario (docs/scenario-format.md, "Setup" and "Step"): a seeded world built at T0, ten
 * simulated seconds before step 0 (so set-up KMS calls leave the steps' quota window), then each
 * step at the same instant as the one before unless it says `afterMs`. Never throws: a set-up
 * that S3 would refuse makes the run "broken", an engine exception becomes a failed step.
 */
import { deterministicDeps, type EngineDeps } from '../deps.ts';
import type { Result } from '../result.ts';
import type { Setup, SetupProblem } from '../types.ts';
import { describeError, openScenarioSession, type ScenarioWorld } from './session.ts';
import type { Scenario, ScenarioRun, StepRun } from './types.ts';

export type { ScenarioWorld };

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
  deps.advance(SETUP_LEAD_MS);
  // Every step once, in order: each runs with nothing earlier left to run.
  const session = openScenarioSession(scenario, built.value, { advance: (ms) => deps.advance(ms) });
  const steps: StepRun[] = [];
  for (const index of scenario.steps.keys()) {
    for (const { compared: _, ...run } of (await session.runStep(index)).steps) steps.push(run);
  }
  return { ...head, passed: steps.every((step) => step.passed), steps };
}

/** Set-up problems name paths inside `setup` (`policy`, `kmsKeys[0]`); a report names them from the scenario. */
function setupPath(path: string): string {
  if (path === '' || path === 'setup') return 'setup';
  if (path.startsWith('setup.') || path.startsWith('setup[')) return path;
  return path.startsWith('[') ? `setup${path}` : `setup.${path}`;
}
