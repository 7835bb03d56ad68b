import { BENCH_CASES, STANDARD_CASE } from './cases.ts';
import { type MeasureOptions, measure } from './measure.ts';

export interface BenchResult {
  name: string;
  description: string;
  /** The best round's rate. */
  opsPerSec: number;
  /** The median round's rate. */
  medianOpsPerSec: number;
  iterations: number;
  elapsedMs: number;
}

export interface BenchReport {
  /** Policy evaluations per second of the standard case (best round). */
  policyEvalsPerSec: number;
  /** The same, median round. */
  policyEvalsPerSecMedian: number;
  cases: BenchResult[];
}

export function runBenchmarks(options: MeasureOptions = {}): BenchReport {
  const cases = BENCH_CASES.map((c) => ({
    name: c.name,
    description: c.description,
    ...measure(c.prepare(), options),
  }));
  const standard = cases.find((c) => c.name === STANDARD_CASE);
  return {
    policyEvalsPerSec: Math.round(standard?.opsPerSec ?? 0),
    policyEvalsPerSecMedian: Math.round(standard?.medianOpsPerSec ?? 0),
    cases,
  };
}
