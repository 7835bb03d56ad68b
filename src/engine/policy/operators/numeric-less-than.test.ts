import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true for TLS 1.1 against 1.2',
    operator: 'NumericLessThan',
    policyValues: ['1.2'],
    contextValues: ['1.1'],
    expected: true,
  },
  {
    name: 'is false for TLS 1.2 against 1.2',
    operator: 'NumericLessThan',
    policyValues: ['1.2'],
    contextValues: ['1.2'],
    expected: false,
  },
  {
    name: 'is false for TLS 1.3 against 1.2',
    operator: 'NumericLessThan',
    policyValues: ['1.2'],
    contextValues: ['1.3'],
    expected: false,
  },
  {
    name: 'is false when the key is absent (plain HTTP has no s3:TlsVersion)',
    operator: 'NumericLessThan',
    policyValues: ['1.2'],
    expected: false,
  },
];

describe('NumericLessThan', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
