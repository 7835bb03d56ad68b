/**
 * Runs one fuzz target for a number of cases with a seed, and reports what issue 12 asks for:
 * throws, 500s, calls over one second and memory growth. fast-check shrinks the first failure to
 * a small counterexample and gives the seed and path that replay it (a regression test's input).
 */
import fc from 'fast-check';
import { FuzzFailure, type Target } from './targets.ts';

/** CPU milliseconds one case may take (issue 12: "calls over one second"). */
export const SLOW_MS = 1000;
/** Heap growth over a whole target that counts as a leak (after a forced GC, when available). */
export const GROWTH_LIMIT_BYTES = 64 * 1024 * 1024;

export interface TargetReport {
  name: string;
  cases: number;
  seed: number;
  throws: number;
  serverErrors: number;
  invariants: number;
  slow: number;
  slowestMs: number;
  heapGrowthBytes: number | null;
  /** The shrunk first failure: what it was, and how to replay it. */
  failure?: { kind: string; message: string; counterexample: string; seed: number; path?: string };
}

const gc = (globalThis as { gc?: () => void }).gc;

function heapAfterGc(): number | null {
  if (!gc) return null;
  gc();
  return process.memoryUsage().heapUsed;
}

export async function runTarget<T>(
  target: Target<T>,
  cases: number,
  seed: number,
  /** Called every 5,000 cases with the number run so far (a long run shows it is alive). */
  progress?: (done: number) => void,
): Promise<TargetReport> {
  let done = 0;
  const report: TargetReport = {
    name: target.name,
    cases,
    seed,
    throws: 0,
    serverErrors: 0,
    invariants: 0,
    slow: 0,
    slowestMs: 0,
    heapGrowthBytes: null,
  };
  const before = heapAfterGc();
  const property = fc.asyncProperty(target.arbitrary, async (value) => {
    if (++done % 5000 === 0) progress?.(done);
    // CPU time, not wall time: on a shared machine a call can wait seconds for a core without
    // doing any more work; what matters is the work an input makes the playground do.
    const started = process.cpuUsage();
    try {
      await target.run(value);
    } catch (error) {
      if (error instanceof FuzzFailure) {
        if (error.kind === '500') report.serverErrors++;
        else report.invariants++;
        throw error;
      }
      report.throws++;
      throw new FuzzFailure(
        'invariant',
        `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      );
    }
    const used = process.cpuUsage(started);
    const took = (used.user + used.system) / 1000;
    report.slowestMs = Math.max(report.slowestMs, took);
    if (took > SLOW_MS) {
      report.slow++;
      throw new Error(`took ${Math.round(took)} ms of CPU (limit ${SLOW_MS} ms)`);
    }
  });
  const details = await fc.check(property, { numRuns: cases, seed, endOnFailure: false });
  const after = heapAfterGc();
  report.heapGrowthBytes = before === null || after === null ? null : after - before;
  if (details.failed) {
    const error = details.errorInstance;
    report.failure = {
      kind: error instanceof FuzzFailure ? error.kind : 'slow',
      message: error instanceof Error ? error.message : String(error),
      counterexample: JSON.stringify(details.counterexample?.[0])?.slice(0, 2000) ?? 'undefined',
      seed: details.seed,
      ...(details.counterexamplePath ? { path: details.counterexamplePath } : {}),
    };
  }
  return report;
}

export const failed = (report: TargetReport) =>
  report.failure !== undefined ||
  report.throws + report.serverErrors + report.invariants + report.slow > 0 ||
  (report.heapGrowthBytes ?? 0) > GROWTH_LIMIT_BYTES;
