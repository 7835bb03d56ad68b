import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'matches * across any characters',
    operator: 'StringLike',
    policyValues: ['home/*'],
    contextValues: ['home/alice/file.txt'],
    expected: true,
  },
  {
    name: 'matches ? as exactly one character',
    operator: 'StringLike',
    policyValues: ['v?'],
    contextValues: ['v1'],
    expected: true,
  },
  {
    name: 'does not match ? against two characters',
    operator: 'StringLike',
    policyValues: ['v?'],
    contextValues: ['v12'],
    expected: false,
  },
  {
    name: 'is case-sensitive',
    operator: 'StringLike',
    policyValues: ['Home/*'],
    contextValues: ['home/a'],
    expected: false,
  },
  {
    name: 'treats regex characters literally',
    operator: 'StringLike',
    policyValues: ['a.c'],
    contextValues: ['abc'],
    expected: false,
  },
  { name: 'is false when the key is absent', operator: 'StringLike', policyValues: ['*'], expected: false },
];

describe('StringLike', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
