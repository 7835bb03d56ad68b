/** Scenario files: read (strictly), write back, and run against a world. */
export { parseScenarioFile, parseSetupFile, scenariosFromJson } from './parse.ts';
export { type RunOptions, runScenarioIn, type ScenarioWorld, type WorldFactory } from './run.ts';
export { runScenario } from './run-scenario.ts';
export { serializeScenario, serializeScenarioFile } from './serialize.ts';
export type * from './types.ts';
