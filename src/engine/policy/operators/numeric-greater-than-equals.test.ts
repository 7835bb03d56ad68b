import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true for an equal number',
    operator: 'NumericGreaterThanEquals',
    policyValues: ['1.2'],
    contextValues: ['1.2'],
    expected: true,
  },
  {
    name: 'is false for a smaller number',
    operator: 'NumericGreaterThanEquals',
    policyValues: ['1.2'],
    contextValues: ['1.0'],
    expected: false,
  },
  {
    name: 'with IfExists is true when the key is absent',
    operator: 'NumericGreaterThanEqualsIfExists',
    policyValues: ['1.2'],
    expected: true,
  },
];

describe('NumericGreaterThanEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
