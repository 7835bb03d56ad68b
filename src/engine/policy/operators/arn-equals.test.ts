import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'matches the same ARN',
    operator: 'ArnEquals',
    policyValues: ['arn:aws:iam::111122223333:role/app'],
    contextValues: ['arn:aws:iam::111122223333:role/app'],
    expected: true,
  },
  {
    name: 'takes a wildcard inside one segment',
    operator: 'ArnEquals',
    policyValues: ['arn:aws:iam::*:role/app'],
    contextValues: ['arn:aws:iam::444455556666:role/app'],
    expected: true,
  },
  {
    name: 'does not match a value that is not an ARN',
    operator: 'ArnEquals',
    policyValues: ['arn:aws:iam::111122223333:role/app'],
    contextValues: ['role/app'],
    expected: false,
  },
];

describe('ArnEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
