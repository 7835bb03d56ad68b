/**
 * `npm run fuzz`: issue 12's fuzzing at scale. Runs every target (engine requests, policy text,
 * share links, saved state, scenario files) for `--cases` cases each (default 100,000) from
 * `--seed`, prints throws, 500s, calls over one second and heap growth per target, and exits 1 on
 * any. `--target <part of a name>` runs one target. A failure prints its seed and path: replay it
 * with `--seed S --path P`, then keep it as a regression test.
 */
import { failed, runTarget } from './fuzz/run-target.ts';
import { TARGETS } from './fuzz/targets.ts';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const cases = Number(option('cases') ?? 100_000);
const seed = Number(option('seed') ?? Date.now() % 2 ** 31);
const only = option('target');

if (!(globalThis as { gc?: unknown }).gc)
  console.log('(no --expose-gc: heap growth is not measured; `npm run fuzz` passes it)');

let bad = 0;
for (const make of TARGETS) {
  const target = make();
  if (only && !target.name.includes(only)) continue;
  const started = performance.now();
  const report = await runTarget(target, cases, seed, (done) =>
    console.log(`  ${target.name}: ${done} cases, ${((performance.now() - started) / 1000).toFixed(0)} s`),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const growth =
    report.heapGrowthBytes === null ? 'n/a' : `${(report.heapGrowthBytes / 1024 / 1024).toFixed(1)} MiB`;
  console.log(
    `${target.name}: ${report.cases} cases in ${seconds} s, seed ${report.seed}; throws ${report.throws}, 500s ${report.serverErrors}, broken invariants ${report.invariants}, over 1 s ${report.slow} (slowest ${Math.round(report.slowestMs)} ms), heap growth ${growth}`,
  );
  if (report.failure) {
    console.log(`  FAILED (${report.failure.kind}): ${report.failure.message}`);
    console.log(`  counterexample: ${report.failure.counterexample}`);
    console.log(
      `  replay: --seed ${report.failure.seed}${report.failure.path ? ` (path ${report.failure.path})` : ''}`,
    );
  }
  if (failed(report)) bad++;
}
console.log(bad === 0 ? 'fuzz: clean' : `fuzz: ${bad} target(s) failed`);
process.exit(bad === 0 ? 0 : 1);
