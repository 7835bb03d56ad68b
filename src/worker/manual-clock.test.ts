import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../engine/index.ts';
import { manualClock } from './manual-clock.ts';

describe("a manual clock (a lesson's)", () => {
  it.each([
    { name: 'stands still while the trainer talks', realMs: 60_000, steps: [], expected: 0 },
    { name: 'moves by the steps afterMs only', realMs: 60_000, steps: [1_000, 500], expected: 1_500 },
  ])('$name', ({ realMs, steps, expected }) => {
    const base = deterministicDeps(1, 1_000_000);
    const clock = manualClock(base);
    base.advance(realMs);
    for (const ms of steps) clock.advance(ms);
    expect(clock.deps.now() - 1_000_000).toBe(expected);
  });
});
