import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true for another instant',
    operator: 'DateNotEquals',
    policyValues: ['2026-01-01T00:00:00Z'],
    contextValues: ['2026-01-02T00:00:00Z'],
    expected: true,
  },
  {
    name: 'is false for the same instant',
    operator: 'DateNotEquals',
    policyValues: ['2026-01-01T00:00:00Z'],
    contextValues: ['1767225600'],
    expected: false,
  },
  {
    name: 'is true when the key is absent',
    operator: 'DateNotEquals',
    policyValues: ['2026-01-01T00:00:00Z'],
    expected: true,
  },
];

describe('DateNotEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
