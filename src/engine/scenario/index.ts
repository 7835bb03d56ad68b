/** Scenario files: read (strictly), write back, and run against a world. */
export { FIRST_FORMAT_VERSION, SCENARIO_FORMAT_VERSION } from './format-version.ts';
export { matchExpect } from './match/index.ts';
export { parseScenarioFile, parseSetupFile, scenariosFromJson } from './parse.ts';
export { type RunOptions, runScenarioIn, type ScenarioWorld, type WorldFactory } from './run.ts';
export { runScenario } from './run-scenario.ts';
export { serializeScenario, serializeScenarioFile } from './serialize.ts';
export {
  openScenarioSession,
  type ScenarioSession,
  type SessionOptions,
  type SessionRun,
  type SessionStep,
} from './session.ts';
export { setupFromJson } from './setup-from-json.ts';
export { substituteExpect } from './substitute.ts';
export type * from './types.ts';
