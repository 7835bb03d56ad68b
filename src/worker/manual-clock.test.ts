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

  it('runs at the real pace again once the lesson is closed, from where it stood', () => {
    const base = deterministicDeps(1, 1_000_000);
    const clock = manualClock(base);
    clock.advance(2_000);
    base.advance(30_000);
    clock.release();
    expect(clock.deps.now()).toBe(1_002_000);
    base.advance(5_000);
    expect(clock.deps.now()).toBe(1_007_000);
  });
});
