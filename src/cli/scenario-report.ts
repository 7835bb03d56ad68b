/**
 * What the runner prints (docs/scenario-format.md, "Runner"): a line per step that falls short, a
 * `PASS id` / `FAIL id` line per scenario and `N passed, M failed`; or, with `--json`, one document.
 */
import type { ScenarioRun } from '../engine/index.ts';
import type { FileProblem } from './scenario-files.ts';

export function scenarioLines(run: ScenarioRun): string[] {
  const lines = [`${run.passed ? 'PASS' : 'FAIL'} ${run.id}`];
  if (run.broken !== undefined) lines.push(`  ${run.id} set-up is broken: ${run.broken.reason}`);
  for (const step of run.steps) {
    if (!step.passed)
      lines.push(`  ${run.id} step ${step.index}: ${step.mismatches.map((m) => m.line).join('; ')}`);
  }
  return lines;
}

export function totalsLine(runs: readonly ScenarioRun[]): string {
  const passed = runs.filter((run) => run.passed).length;
  return `${passed} passed, ${runs.length - passed} failed`;
}

export function jsonReport(runs: readonly ScenarioRun[]): string {
  const passed = runs.filter((run) => run.passed).length;
  const document = {
    scenarios: runs.map((run) => ({
      id: run.id,
      passed: run.passed,
      ...(run.broken === undefined ? {} : { broken: run.broken.reason }),
      steps: run.steps.map((step) => ({
        status: step.status,
        errorCode: step.errorCode ?? null,
        headers: step.headers,
        passed: step.passed,
        mismatches: step.mismatches.map(({ field, expected, got }) => ({ field, expected, got })),
      })),
    })),
    passed,
    failed: runs.length - passed,
  };
  return JSON.stringify(document, null, 2);
}

export function problemLine(problem: FileProblem): string {
  const where =
    problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column}`;
  const path = problem.path === undefined ? '' : `${problem.path === '' ? '(top level)' : problem.path}: `;
  return `${where}: ${path}${problem.message}`;
}

export function jsonProblems(problems: readonly FileProblem[]): string {
  return JSON.stringify({ errors: problems }, null, 2);
}
