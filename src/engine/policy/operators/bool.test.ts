import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'matches false over plain HTTP',
    operator: 'Bool',
    policyValues: ['false'],
    contextValues: ['false'],
    expected: true,
  },
  {
    name: 'does not match true over HTTPS',
    operator: 'Bool',
    policyValues: ['false'],
    contextValues: ['true'],
    expected: false,
  },
  {
    name: 'ignores the case of the policy value',
    operator: 'Bool',
    policyValues: ['False'],
    contextValues: ['false'],
    expected: true,
  },
  { name: 'is false when the key is absent', operator: 'Bool', policyValues: ['false'], expected: false },
  {
    name: 'with IfExists is true when the key is absent',
    operator: 'BoolIfExists',
    policyValues: ['false'],
    expected: true,
  },
];

describe('Bool', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
