import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'matches the same number written differently',
    operator: 'NumericEquals',
    policyValues: ['1.20'],
    contextValues: ['1.2'],
    expected: true,
  },
  {
    name: 'does not match another number',
    operator: 'NumericEquals',
    policyValues: ['10'],
    contextValues: ['11'],
    expected: false,
  },
  {
    name: 'never matches a context value that is not a number',
    operator: 'NumericEquals',
    policyValues: ['10'],
    contextValues: ['ten'],
    expected: false,
  },
  {
    name: 'is false when the key is absent',
    operator: 'NumericEquals',
    policyValues: ['10'],
    expected: false,
  },
];

describe('NumericEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
