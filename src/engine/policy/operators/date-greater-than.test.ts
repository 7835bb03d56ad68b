import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true after the date',
    operator: 'DateGreaterThan',
    policyValues: ['2026-01-01T00:00:00Z'],
    contextValues: ['2026-01-01T00:00:01Z'],
    expected: true,
  },
  {
    name: 'is false before the date',
    operator: 'DateGreaterThan',
    policyValues: ['2026-01-01T00:00:00Z'],
    contextValues: ['2025-12-31T23:59:59Z'],
    expected: false,
  },
  {
    name: 'never matches a context value that is not a date',
    operator: 'DateGreaterThan',
    policyValues: ['2026-01-01T00:00:00Z'],
    contextValues: ['yesterday'],
    expected: false,
  },
];

describe('DateGreaterThan', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
