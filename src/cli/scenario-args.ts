/** `npm run scenarios -- [--json] FILE_OR_FOLDER...` (docs/scenario-format.md, "Runner"). */
import { err, ok, type Result } from '../engine/index.ts';

export interface RunnerArgs {
  json: boolean;
  /** Files and folders as given; empty means everything the project ships. */
  paths: string[];
}

export const USAGE = 'usage: npm run scenarios -- [--json] FILE_OR_FOLDER...';

export function parseRunnerArgs(argv: readonly string[]): Result<RunnerArgs, string> {
  const paths: string[] = [];
  let json = false;
  let optionsEnded = false;
  for (const arg of argv) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg === '--json') json = true;
    else if (!optionsEnded && arg.startsWith('-')) return err(`unknown option ${arg}\n${USAGE}`);
    else paths.push(arg);
  }
  return ok({ json, paths });
}
