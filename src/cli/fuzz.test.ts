/**
 * `npm test` runs every fuzz target with a fixed seed and a small number of cases (`npm run fuzz`
 * runs 100,000 each). The harness itself is checked against targets that fail on purpose, so a
 * clean report means something.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { failed, runTarget } from './fuzz/run-target.ts';
import { FuzzFailure, TARGETS } from './fuzz/targets.ts';

const SEED = 20261207;
const CASES = 150;

describe('fuzzing with a fixed seed', () => {
  it.each(TARGETS.map((make) => [make().name, make] as const))(
    '%s: no throw, no 500, nothing slow',
    async (_, make) => {
      const report = await runTarget(make(), CASES, SEED);
      expect(report.failure).toBeUndefined();
      expect(failed(report)).toBe(false);
    },
    120_000,
  );
});

describe('the fuzz harness', () => {
  it.each([
    {
      name: 'a throw',
      run: async (s: string) => {
        if (s.includes('z')) throw new TypeError('boom');
      },
      count: 'throws' as const,
    },
    {
      name: 'a 500',
      run: async (s: string) => {
        if (s.includes('z')) throw new FuzzFailure('500', 'simulator bug');
      },
      count: 'serverErrors' as const,
    },
  ])('reports $name with a shrunk counterexample and a seed to replay it', async ({ run, count }) => {
    const report = await runTarget({ name: 'probe', arbitrary: fc.string({ minLength: 1 }), run }, 500, 1);
    expect(report[count]).toBeGreaterThan(0);
    expect(report.failure?.counterexample).toMatch(/^"[^"]{0,3}z[^"]{0,3}"$/);
    expect(report.failure?.seed).toBe(1);
    expect(failed(report)).toBe(true);
  });
});
