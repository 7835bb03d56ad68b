import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true for a larger number',
    operator: 'NumericGreaterThan',
    policyValues: ['600000'],
    contextValues: ['600001'],
    expected: true,
  },
  {
    name: 'is false for an equal number',
    operator: 'NumericGreaterThan',
    policyValues: ['600000'],
    contextValues: ['600000'],
    expected: false,
  },
  {
    name: 'compares numbers, not text',
    operator: 'NumericGreaterThan',
    policyValues: ['9'],
    contextValues: ['10'],
    expected: true,
  },
];

describe('NumericGreaterThan', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
