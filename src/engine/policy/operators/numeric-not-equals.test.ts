import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true for another number',
    operator: 'NumericNotEquals',
    policyValues: ['10'],
    contextValues: ['11'],
    expected: true,
  },
  {
    name: 'is false for the same number',
    operator: 'NumericNotEquals',
    policyValues: ['10'],
    contextValues: ['10.0'],
    expected: false,
  },
  {
    name: 'is true when the key is absent',
    operator: 'NumericNotEquals',
    policyValues: ['10'],
    expected: true,
  },
];

describe('NumericNotEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
