/** `runScenario`: a scenario run against the real simulated world. */
import { createWorld } from '../world/create-world.ts';
import { type RunOptions, runScenarioIn } from './run.ts';
import type { Scenario, ScenarioRun } from './types.ts';

export function runScenario(scenario: Scenario, options: RunOptions = {}): Promise<ScenarioRun> {
  return runScenarioIn(createWorld, scenario, options);
}
