/**
 * Times a function: a warm-up, then several rounds, each running batches until `roundMs` have
 * passed on the clock. The figure is the best round: other processes only ever slow a round down,
 * so the fastest round is the closest to what the code itself costs; the median is given too.
 * Benchmarks print figures; tests never assert wall-clock time.
 */
export interface Measurement {
  iterations: number;
  elapsedMs: number;
  /** The best round's rate. */
  opsPerSec: number;
  /** The median round's rate. */
  medianOpsPerSec: number;
}

/** Milliseconds on some clock: wall time by default; the CLI passes the process's CPU time. */
export type Clock = () => number;

export interface MeasureOptions {
  rounds?: number;
  roundMs?: number;
  clock?: Clock;
}

interface Round {
  iterations: number;
  elapsedMs: number;
  sink: number;
}

function round(run: () => unknown, roundMs: number, now: Clock): Round {
  let sink = 0;
  let iterations = 0;
  let batch = 500;
  const start = now();
  let elapsedMs = 0;
  while (elapsedMs < roundMs) {
    for (let i = 0; i < batch; i++) if (run() !== undefined) sink++;
    iterations += batch;
    elapsedMs = now() - start;
    if (elapsedMs < roundMs / 10) batch *= 2;
  }
  return { iterations, elapsedMs, sink };
}

export function measure(run: () => unknown, options: MeasureOptions = {}): Measurement {
  const rounds = options.rounds ?? 7;
  const roundMs = options.roundMs ?? 300;
  const now = options.clock ?? (() => performance.now());
  round(run, roundMs / 2, now);
  const rates: number[] = [];
  let iterations = 0;
  let elapsedMs = 0;
  for (let r = 0; r < rounds; r++) {
    const result = round(run, roundMs, now);
    // `sink` counts results so the engine cannot skip the work.
    if (result.sink < 0) throw new Error('unreachable');
    iterations += result.iterations;
    elapsedMs += result.elapsedMs;
    rates.push((result.iterations / result.elapsedMs) * 1000);
  }
  rates.sort((a, b) => a - b);
  return {
    iterations,
    elapsedMs,
    opsPerSec: rates[rates.length - 1] ?? 0,
    medianOpsPerSec: rates[Math.floor(rates.length / 2)] ?? 0,
  };
}
