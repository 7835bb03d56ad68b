import { describe, expect, it } from 'vitest';
import { VALUE_CHECKS } from './index.ts';

describe('condition value types', () => {
  const cases = [
    ['IP', '203.0.113.0/24', true],
    ['IP', '10.0.0.1', true],
    ['IP', '2001:db8::/32', true],
    ['IP', '::1', true],
    ['IP', '::ffff:192.0.2.1', true],
    ['IP', '300.1.1.1/40', false],
    ['IP', '10.0.0.0/33', false],
    ['IP', '2001:db8::/129', false],
    ['IP', '1:2:3:4:5:6:7:8:9', false],
    ['IP', 'localhost', false],
    ['Numeric', '1.2', true],
    ['Numeric', '-5', true],
    ['Numeric', 'ten', false],
    ['Date', '2026-01-31T12:00:00Z', true],
    ['Date', '2026-01-31', true],
    ['Date', '1767225600', true],
    ['Date', 'next tuesday', false],
    ['Date', '2026-13-45', false],
    ['Bool', 'true', true],
    ['Bool', 'FALSE', true],
    ['Bool', 'yes', false],
    ['ARN', 'arn:aws:kms:us-east-1:111122223333:key/*', true],
    ['ARN', 'key/abc', false],
    ['Binary', 'QUJD', true],
    ['Binary', 'not base64!', false],
    ['String', 'anything at all', true],
  ] as const;
  it.each(cases)('%s value %j is valid: %s', (type, value, valid) => {
    expect(VALUE_CHECKS[type](value) === undefined).toBe(valid);
  });
});
