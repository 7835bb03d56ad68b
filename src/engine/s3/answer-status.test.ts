import { describe, expect, it } from 'vitest';
import { wentThrough } from './answer-status.ts';

describe('wentThrough', () => {
  it.each([
    [200, true],
    [204, true],
    [206, true],
    [0, false],
    [304, false],
    [400, false],
    [403, false],
    [503, false],
  ])('status %i went through: %s', (status, expected) => {
    expect(wentThrough(status)).toBe(expected);
  });
});
