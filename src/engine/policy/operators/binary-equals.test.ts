import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'matches the same bytes',
    operator: 'BinaryEquals',
    policyValues: ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='],
    contextValues: ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='],
    expected: true,
  },
  {
    name: 'does not match other bytes',
    operator: 'BinaryEquals',
    policyValues: ['QmluYXJ5VmFsdWVJbkJhc2U2NA=='],
    contextValues: ['b3RoZXI='],
    expected: false,
  },
  {
    name: 'never matches a context value that is not base64',
    operator: 'BinaryEquals',
    policyValues: ['b3RoZXI='],
    contextValues: ['not base64!'],
    expected: false,
  },
];

describe('BinaryEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
