/**
 * The scenario runner: `npm run scenarios -- [--json] FILE_OR_FOLDER...`, and the request matrix:
 * `npm run scenarios -- --matrix --policy POLICY.json ...` (matrix-args.ts).
 * Exit 0 when every scenario passes, 1 when one fails, 2 when a file is unreadable or invalid.
 */
import { runScenario, type ScenarioRun } from '../engine/index.ts';
import { parseMatrixArgs } from './matrix-args.ts';
import { matrixCommand } from './matrix-command.ts';
import { parseRunnerArgs } from './scenario-args.ts';
import { loadScenarioFiles, SHIPPED_FOLDERS } from './scenario-files.ts';
import { jsonProblems, jsonReport, problemLine, scenarioLines, totalsLine } from './scenario-report.ts';

async function matrix(argv: readonly string[]): Promise<number> {
  const args = parseMatrixArgs(argv);
  if (!args.ok) {
    process.stderr.write(`${args.error}\n`);
    return 2;
  }
  const printed = await matrixCommand(args.value);
  process.stdout.write(printed.stdout);
  process.stderr.write(printed.stderr);
  return printed.code;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--matrix')) return matrix(argv);
  const args = parseRunnerArgs(argv);
  if (!args.ok) {
    process.stderr.write(`${args.error}\n`);
    return 2;
  }
  const { json, paths } = args.value;
  const { files, problems } = loadScenarioFiles(paths.length > 0 ? paths : SHIPPED_FOLDERS);
  if (problems.length > 0) {
    if (json) process.stdout.write(`${jsonProblems(problems)}\n`);
    else process.stderr.write(`${problems.map(problemLine).join('\n')}\n`);
    return 2;
  }
  const runs: ScenarioRun[] = [];
  for (const { scenarios } of files) {
    for (const scenario of scenarios) {
      const run = await runScenario(scenario);
      runs.push(run);
      if (!json) process.stdout.write(`${scenarioLines(run).join('\n')}\n`);
    }
  }
  process.stdout.write(json ? `${jsonReport(runs)}\n` : `${totalsLine(runs)}\n`);
  return runs.every((run) => run.passed) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
