import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true at the date',
    operator: 'DateLessThanEquals',
    policyValues: ['2026-06-30T00:00:00Z'],
    contextValues: ['2026-06-30T00:00:00Z'],
    expected: true,
  },
  {
    name: 'is false after the date',
    operator: 'DateLessThanEquals',
    policyValues: ['2026-06-30T00:00:00Z'],
    contextValues: ['2026-06-30T00:00:01Z'],
    expected: false,
  },
];

describe('DateLessThanEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
