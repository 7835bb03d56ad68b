import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'matches regardless of case',
    operator: 'StringEqualsIgnoreCase',
    policyValues: ['AES256'],
    contextValues: ['aes256'],
    expected: true,
  },
  {
    name: 'still needs the same text',
    operator: 'StringEqualsIgnoreCase',
    policyValues: ['AES256'],
    contextValues: ['aws:kms'],
    expected: false,
  },
  {
    name: 'is false when the key is absent',
    operator: 'StringEqualsIgnoreCase',
    policyValues: ['AES256'],
    expected: false,
  },
];

describe('StringEqualsIgnoreCase', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
