/**
 * `npm run bench`: prints policy evaluations per second and the other benchmark cases.
 * `npm run bench -- --json` prints exactly one JSON object (with `policyEvalsPerSec`).
 * Rates are per second of this process's CPU time, not of wall time: on a shared machine other
 * processes take the CPU away, and wall-clock figures then measure the neighbours. Add `--wall`
 * to time by the wall clock instead.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runBenchmarks } from '../engine/index.ts';
import { matrixCells1000Ms } from './matrix-bench.ts';
import { parsePolicyRate, runPlatformBenchmarks } from './platform-bench.ts';
import { runRequestBenchmarks } from './request-bench.ts';

const json = process.argv.includes('--json');
const wall = process.argv.includes('--wall');
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
// Peak memory first, while this process is idle: started after the request cases (whose memory and
// collector threads were still live in this process), the child's peak was 152 to 172 MiB in three of
// eight runs, against 138 to 145 in twenty runs on its own.
const memory = peakMemory();
// Then, before the request cases leave their garbage behind (platform-bench.ts parsePolicyRate).
const parsePolicyPerSec = await parsePolicyRate(wall ? () => performance.now() : cpuMs);
const report = runBenchmarks(wall ? {} : { clock: cpuMs });
const clock = wall ? 'wall' : 'cpu';
const requests = await runRequestBenchmarks(wall ? () => performance.now() : cpuMs);
const platform = await runPlatformBenchmarks(wall ? () => performance.now() : cpuMs);

/** Peak memory of a 64 MiB PUT + GET, in a fresh child process so nothing else is in its heap. */
function peakMemory(): { peakRssMiB64: number } {
  // Bundled by scripts/bench.mjs, the child is the bundle's rss-bench.mjs; run from source, tsx runs it.
  const bundled = import.meta.url.endsWith('.mjs');
  const script = fileURLToPath(new URL(bundled ? './rss-bench.mjs' : './rss-bench.ts', import.meta.url));
  const loader = bundled ? [] : ['--import', 'tsx'];
  const out = execFileSync(process.execPath, ['--expose-gc', ...loader, script], { encoding: 'utf8' });
  const figures = JSON.parse(out) as { peakRssMiB64: number };
  return { peakRssMiB64: figures.peakRssMiB64 };
}
const round = (n: number, digits = 0) => Number(n.toFixed(digits));
const figures = {
  putPipelinePerSec: round(platform.putPipelinePerSec),
  getPipelinePerSec: round(platform.getPipelinePerSec),
  kmsPut1MiBMiBps: round(platform.kmsPut1MiBMiBps, 1),
  aesGcmRawMiBps: round(platform.aesGcmRawMiBps, 1),
  kmsPut1MiBFloorMiBps: round(platform.kmsPut1MiBFloorMiBps, 1),
  md5MiBps: round(platform.md5MiBps, 1),
  crc64NvmeMiBps: round(platform.crc64NvmeMiBps, 1),
  peakRssMiB64: round(memory.peakRssMiB64, 1),
  parsePolicyPerSec: round(parsePolicyPerSec),
  snapshotMs1000: round(platform.snapshotMs1000, 3),
  matrixCells1000Ms: await matrixCells1000Ms(wall ? () => performance.now() : cpuMs),
};

if (json) {
  process.stdout.write(`${JSON.stringify({ ...report, ...figures, requests, clock })}\n`);
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
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name}: ${value}\n`);
  process.stdout.write(
    `\nPolicy evaluations per second: ${format(report.policyEvalsPerSec)} (median round ${format(report.policyEvalsPerSecMedian)})\n`,
  );
}
