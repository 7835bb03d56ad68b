/**
 * `npm run bench`: prints policy evaluations per second and the other benchmark cases.
 * `npm run bench -- --json` prints exactly one JSON object (with `policyEvalsPerSec`).
 * Rates are per second of this process's CPU time, not of wall time: on a shared machine other
 * processes take the CPU away, and wall-clock figures then measure the neighbours. Add `--wall`
 * to time by the wall clock instead.
 */
import { runBenchmarks } from '../engine/index.ts';
import { matrixCells1000Ms } from './matrix-bench.ts';
import { runRequestBenchmarks } from './request-bench.ts';

const json = process.argv.includes('--json');
const wall = process.argv.includes('--wall');
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const report = runBenchmarks(wall ? {} : { clock: cpuMs });
const clock = wall ? 'wall' : 'cpu';
const requests = await runRequestBenchmarks(wall ? () => performance.now() : cpuMs);
const matrixMs = await matrixCells1000Ms(wall ? () => performance.now() : cpuMs);

if (json) {
  process.stdout.write(`${JSON.stringify({ ...report, requests, matrixCells1000Ms: matrixMs, clock })}\n`);
} else {
  const format = (n: number) => Math.round(n).toLocaleString('en-US');
  process.stdout.write(
    `Rates per second of ${wall ? 'wall-clock' : 'CPU'} time; best of 7 rounds, then the median round.\n`,
  );
  for (const c of report.cases) {
    process.stdout.write(
      `${c.name}: ${format(c.opsPerSec)}/s best, ${format(c.medianOpsPerSec)}/s median (${c.description}; ${format(c.iterations)} runs)\n`,
    );
  }
  for (const r of requests) {
    process.stdout.write(
      `${r.name}: ${format(r.opsPerSec)}/s best (${r.description}; ${format(r.iterations)} runs)\n`,
    );
  }
  process.stdout.write(`matrixCells1000Ms: ${format(matrixMs)} ms for a 1,000-cell request matrix\n`);
  process.stdout.write(
    `\nPolicy evaluations per second: ${format(report.policyEvalsPerSec)} (median round ${format(report.policyEvalsPerSecMedian)})\n`,
  );
}
