import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true for another ARN',
    operator: 'ArnNotEquals',
    policyValues: ['arn:aws:iam::111122223333:role/app'],
    contextValues: ['arn:aws:iam::111122223333:role/other'],
    expected: true,
  },
  {
    name: 'is false for the same ARN',
    operator: 'ArnNotEquals',
    policyValues: ['arn:aws:iam::111122223333:role/app'],
    contextValues: ['arn:aws:iam::111122223333:role/app'],
    expected: false,
  },
  {
    name: 'is true when the key is absent',
    operator: 'ArnNotEquals',
    policyValues: ['arn:aws:iam::111122223333:role/app'],
    expected: true,
  },
];

describe('ArnNotEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
