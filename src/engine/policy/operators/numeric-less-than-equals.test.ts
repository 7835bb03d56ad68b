import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true for an equal number',
    operator: 'NumericLessThanEquals',
    policyValues: ['5'],
    contextValues: ['5'],
    expected: true,
  },
  {
    name: 'is true for a smaller number',
    operator: 'NumericLessThanEquals',
    policyValues: ['5'],
    contextValues: ['-1'],
    expected: true,
  },
  {
    name: 'is false for a larger number',
    operator: 'NumericLessThanEquals',
    policyValues: ['5'],
    contextValues: ['5.01'],
    expected: false,
  },
];

describe('NumericLessThanEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
