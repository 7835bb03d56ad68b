import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true when no pattern matches',
    operator: 'ArnNotLike',
    policyValues: ['arn:aws:iam::111122223333:role/admin-*'],
    contextValues: ['arn:aws:iam::111122223333:role/app'],
    expected: true,
  },
  {
    name: 'is false when a pattern matches',
    operator: 'ArnNotLike',
    policyValues: ['arn:aws:iam::111122223333:role/admin-*'],
    contextValues: ['arn:aws:iam::111122223333:role/admin-1'],
    expected: false,
  },
];

describe('ArnNotLike', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
