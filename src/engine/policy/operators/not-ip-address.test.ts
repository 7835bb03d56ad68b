import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true outside every block',
    operator: 'NotIpAddress',
    policyValues: ['10.0.0.0/8', '192.168.0.0/16'],
    contextValues: ['203.0.113.10'],
    expected: true,
  },
  {
    name: 'is false inside one block',
    operator: 'NotIpAddress',
    policyValues: ['10.0.0.0/8', '192.168.0.0/16'],
    contextValues: ['192.168.1.1'],
    expected: false,
  },
  {
    name: 'is true when the key is absent',
    operator: 'NotIpAddress',
    policyValues: ['10.0.0.0/8'],
    expected: true,
  },
];

describe('NotIpAddress', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
