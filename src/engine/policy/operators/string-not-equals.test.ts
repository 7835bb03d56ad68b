import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true for a value equal to none of the policy values',
    operator: 'StringNotEquals',
    policyValues: ['AES256', 'aws:kms'],
    contextValues: ['aws:kms:dsse'],
    expected: true,
  },
  {
    name: 'is false when the value equals one of them (NOR)',
    operator: 'StringNotEquals',
    policyValues: ['AES256', 'aws:kms'],
    contextValues: ['aws:kms'],
    expected: false,
  },
  {
    name: 'is true when the key is absent',
    operator: 'StringNotEquals',
    policyValues: ['aws:kms'],
    expected: true,
  },
  {
    name: 'with IfExists is true when the key is absent',
    operator: 'StringNotEqualsIfExists',
    policyValues: ['aws:kms'],
    expected: true,
  },
  {
    name: 'is case-sensitive',
    operator: 'StringNotEquals',
    policyValues: ['AES256'],
    contextValues: ['aes256'],
    expected: true,
  },
];

describe('StringNotEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
