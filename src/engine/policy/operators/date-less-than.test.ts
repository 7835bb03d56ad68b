import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true before the date',
    operator: 'DateLessThan',
    policyValues: ['2026-06-30T00:00:00Z'],
    contextValues: ['2026-01-01T00:00:00Z'],
    expected: true,
  },
  {
    name: 'is false at the date',
    operator: 'DateLessThan',
    policyValues: ['2026-06-30T00:00:00Z'],
    contextValues: ['2026-06-30T00:00:00Z'],
    expected: false,
  },
  {
    name: 'compares epoch seconds too',
    operator: 'DateLessThan',
    policyValues: ['1767225600'],
    contextValues: ['1767225599'],
    expected: true,
  },
];

describe('DateLessThan', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
