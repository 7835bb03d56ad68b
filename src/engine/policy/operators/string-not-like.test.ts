import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'is true when no pattern matches',
    operator: 'StringNotLike',
    policyValues: ['home/*', 'tmp/*'],
    contextValues: ['etc/passwd'],
    expected: true,
  },
  {
    name: 'is false when a pattern matches',
    operator: 'StringNotLike',
    policyValues: ['home/*', 'tmp/*'],
    contextValues: ['tmp/x'],
    expected: false,
  },
  { name: 'is true when the key is absent', operator: 'StringNotLike', policyValues: ['*'], expected: true },
];

describe('StringNotLike', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
