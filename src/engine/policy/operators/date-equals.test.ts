import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'matches the same instant in ISO 8601 and epoch seconds',
    operator: 'DateEquals',
    policyValues: ['2026-01-01T00:00:00Z'],
    contextValues: ['1767225600'],
    expected: true,
  },
  {
    name: 'reads an offset',
    operator: 'DateEquals',
    policyValues: ['2026-01-01T01:00:00+01:00'],
    contextValues: ['2026-01-01T00:00:00Z'],
    expected: true,
  },
  {
    name: 'reads a date without a time as midnight UTC',
    operator: 'DateEquals',
    policyValues: ['2026-01-01'],
    contextValues: ['2026-01-01T00:00:00Z'],
    expected: true,
  },
  {
    name: 'does not match another instant',
    operator: 'DateEquals',
    policyValues: ['2026-01-01T00:00:00Z'],
    contextValues: ['2026-01-01T00:00:01Z'],
    expected: false,
  },
];

describe('DateEquals', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
