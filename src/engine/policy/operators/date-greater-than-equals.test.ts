import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true at the date',
    operator: 'DateGreaterThanEquals',
    policyValues: ['2026-01-01'],
    contextValues: ['2026-01-01T00:00:00Z'],
    expected: true,
  },
  {
    name: 'is false before the date',
    operator: 'DateGreaterThanEquals',
    policyValues: ['2026-01-01'],
    contextValues: ['2025-12-31T00:00:00Z'],
    expected: false,
  },
];

describe('DateGreaterThanEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
