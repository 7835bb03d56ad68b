import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'matches an identical value',
    operator: 'StringEquals',
    policyValues: ['aws:kms'],
    contextValues: ['aws:kms'],
    expected: true,
  },
  {
    name: 'is case-sensitive',
    operator: 'StringEquals',
    policyValues: ['AES256'],
    contextValues: ['aes256'],
    expected: false,
  },
  {
    name: 'ORs several policy values',
    operator: 'StringEquals',
    policyValues: ['AES256', 'aws:kms'],
    contextValues: ['aws:kms'],
    expected: true,
  },
  {
    name: 'is false when the key is absent',
    operator: 'StringEquals',
    policyValues: ['AES256'],
    expected: false,
  },
  {
    name: 'with IfExists is true when the key is absent',
    operator: 'StringEqualsIfExists',
    policyValues: ['AES256'],
    expected: true,
  },
  {
    name: 'with IfExists still compares a present key',
    operator: 'StringEqualsIfExists',
    policyValues: ['AES256'],
    contextValues: ['aws:kms'],
    expected: false,
  },
  {
    name: 'does not treat * as a wildcard',
    operator: 'StringEquals',
    policyValues: ['aws:*'],
    contextValues: ['aws:kms'],
    expected: false,
  },
];

describe('StringEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
