/**
 * The KMS quota window (spec §2.8): successful calls in (now - 1000 ms, now]. The window keeps its
 * stamps in order and drops a prefix; these cases hold it to the plain definition, a filter over
 * every stamp, including a simulated clock that is set back.
 */
import { describe, expect, it } from 'vitest';
import { createQuotaWindow, QUOTA_WINDOW_MS } from './quota.ts';

/** The definition itself: every recorded stamp, filtered at each look (as the code did before). */
function reference(limit: number) {
  let stamps: number[] = [];
  const live = (now: number) => {
    stamps = stamps.filter((t) => t > now - QUOTA_WINDOW_MS);
    return stamps.length;
  };
  return {
    count: (now: number) => live(now),
    wouldExceed: (now: number) => live(now) >= limit,
    record: (now: number) => void stamps.push(now),
  };
}

/** A small deterministic generator, so each case is the same sequence on every run. */
function steps(seed: number, n: number, backwards: boolean) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  let now = 0;
  return Array.from({ length: n }, () => {
    now += backwards && next() < 0.1 ? -Math.floor(next() * 1500) : Math.floor(next() * 40);
    return { now, look: next() < 0.5 ? ('count' as const) : ('wouldExceed' as const), record: next() < 0.8 };
  });
}

describe('the KMS quota window', () => {
  it.each([
    { name: 'a clock that only moves on', seed: 1, backwards: false, limit: 50 },
    { name: 'a clock that moves on, with a low limit', seed: 2, backwards: false, limit: 3 },
    { name: 'a clock that is sometimes set back', seed: 3, backwards: true, limit: 50 },
    { name: 'a clock set back often, with a low limit', seed: 4, backwards: true, limit: 5 },
  ])('counts what the definition counts, for $name', ({ seed, backwards, limit }) => {
    const quota = createQuotaWindow(limit);
    const model = reference(limit);
    for (const step of steps(seed, 5000, backwards)) {
      expect(quota[step.look](step.now)).toBe(model[step.look](step.now));
      if (step.record) {
        quota.record(step.now);
        model.record(step.now);
      }
    }
  });

  it('forks with the calls still in the window, and the fork counts on its own', () => {
    const quota = createQuotaWindow(10);
    for (const t of [0, 500, 900, 1400]) quota.record(t);
    const fork = quota.fork();
    expect(fork.count(1500)).toBe(2);
    fork.record(1500);
    expect(fork.count(1500)).toBe(3);
    expect(quota.count(1500)).toBe(2);
  });
});
