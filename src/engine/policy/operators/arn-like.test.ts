import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'matches a wildcard in the resource segment',
    operator: 'ArnLike',
    policyValues: ['arn:aws:s3:::bucket/*'],
    contextValues: ['arn:aws:s3:::bucket/a/b'],
    expected: true,
  },
  {
    name: 'does not let a region wildcard swallow a colon',
    operator: 'ArnLike',
    policyValues: ['arn:aws:kms:*:key/abc'],
    contextValues: ['arn:aws:kms:us-east-1:111122223333:key/abc'],
    expected: false,
  },
  {
    name: 'matches segment by segment',
    operator: 'ArnLike',
    policyValues: ['arn:aws:kms:*:111122223333:key/*'],
    contextValues: ['arn:aws:kms:us-east-1:111122223333:key/abc'],
    expected: true,
  },
  {
    name: 'is case-sensitive',
    operator: 'ArnLike',
    policyValues: ['arn:aws:s3:::Bucket/*'],
    contextValues: ['arn:aws:s3:::bucket/a'],
    expected: false,
  },
  {
    name: 'is false when the key is absent',
    operator: 'ArnLike',
    policyValues: ['arn:aws:s3:::*'],
    expected: false,
  },
];

describe('ArnLike', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
