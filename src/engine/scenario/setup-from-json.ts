/**
 * A set-up that is already JSON (a share link's, saved work's) through the scenario format's own
 * strict set-up checks, without the rest of the scenario reader: the page reads links at start-up,
 * and the whole reader would weigh on its first load.
 */
import { err, ok, type Result } from '../result.ts';
import type { JsonValue, Setup } from '../types.ts';
import type { ScenarioFileError } from './types.ts';
import { Check } from './validate/check.ts';
import { setup as readSetup } from './validate/setup.ts';

/** Problems are named by JSON path under `setup` (`setup.kmsKeys[0].id`), as in a scenario file. */
export function setupFromJson(value: JsonValue): Result<Setup, ScenarioFileError[]> {
  const check = new Check(new Map());
  const result = readSetup(check, value, 'setup');
  return check.errors.length > 0 || result === undefined ? err(check.errors) : ok(result);
}
