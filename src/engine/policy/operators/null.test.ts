import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  { name: '"true" matches an absent key', operator: 'Null', policyValues: ['true'], expected: true },
  {
    name: '"true" does not match a present key',
    operator: 'Null',
    policyValues: ['true'],
    contextValues: ['AES256'],
    expected: false,
  },
  {
    name: '"false" matches a present key',
    operator: 'Null',
    policyValues: ['false'],
    contextValues: ['AES256'],
    expected: true,
  },
  {
    name: '"false" does not match an absent key',
    operator: 'Null',
    policyValues: ['false'],
    expected: false,
  },
  { name: 'ignores the case of true and false', operator: 'Null', policyValues: ['TRUE'], expected: true },
  { name: 'with IfExists fails closed', operator: 'NullIfExists', policyValues: ['true'], expected: false },
  {
    name: 'with a value other than true or false fails closed',
    operator: 'Null',
    policyValues: ['yes'],
    expected: false,
  },
];

describe('Null', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
