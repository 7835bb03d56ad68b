import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is false for the same text in another case',
    operator: 'StringNotEqualsIgnoreCase',
    policyValues: ['AES256'],
    contextValues: ['aes256'],
    expected: false,
  },
  {
    name: 'is true for other text',
    operator: 'StringNotEqualsIgnoreCase',
    policyValues: ['AES256'],
    contextValues: ['aws:kms'],
    expected: true,
  },
  {
    name: 'is true when the key is absent',
    operator: 'StringNotEqualsIgnoreCase',
    policyValues: ['AES256'],
    expected: true,
  },
];

describe('StringNotEqualsIgnoreCase', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
