import { describe, expect, it } from 'vitest';
import { type ConditionCase, checkCondition } from './testing/check-condition.ts';

const cases: ConditionCase[] = [
  {
    name: 'matches an IPv4 address inside the block',
    operator: 'IpAddress',
    policyValues: ['203.0.113.0/24'],
    contextValues: ['203.0.113.10'],
    expected: true,
  },
  {
    name: 'does not match an IPv4 address outside the block',
    operator: 'IpAddress',
    policyValues: ['203.0.113.0/24'],
    contextValues: ['203.0.114.10'],
    expected: false,
  },
  {
    name: 'reads a bare address as a /32',
    operator: 'IpAddress',
    policyValues: ['203.0.113.10'],
    contextValues: ['203.0.113.10'],
    expected: true,
  },
  {
    name: 'matches an IPv6 address inside the block',
    operator: 'IpAddress',
    policyValues: ['2001:db8::/32'],
    contextValues: ['2001:db8:1234::1'],
    expected: true,
  },
  {
    name: 'does not match an IPv6 address outside the block',
    operator: 'IpAddress',
    policyValues: ['2001:db8::/32'],
    contextValues: ['2001:db9::1'],
    expected: false,
  },
  {
    name: 'never matches an IPv4 address against an IPv6 block',
    operator: 'IpAddress',
    policyValues: ['::/0'],
    contextValues: ['203.0.113.10'],
    expected: false,
  },
  {
    name: 'matches 0.0.0.0/0 for any IPv4 address',
    operator: 'IpAddress',
    policyValues: ['0.0.0.0/0'],
    contextValues: ['198.51.100.7'],
    expected: true,
  },
  {
    name: 'ORs several blocks',
    operator: 'IpAddress',
    policyValues: ['10.0.0.0/8', '203.0.113.0/24'],
    contextValues: ['203.0.113.200'],
    expected: true,
  },
];

describe('IpAddress', () => {
  it.each(cases)('$name', (c) => {
    const trace = checkCondition(c);
    expect(trace.matched).toBe(c.expected);
    expect(trace.reason.length).toBeGreaterThan(20);
  });
});
