import { describe, expect, it } from 'vitest';
import { isoSeconds } from './iso-seconds.ts';

describe('isoSeconds', () => {
  it.each([
    { ms: 0, text: '1970-01-01T00:00:00Z' },
    { ms: 1_767_225_600_000, text: '2026-01-01T00:00:00Z' },
    { ms: 1_767_225_600_999, text: '2026-01-01T00:00:00Z' },
    { ms: 1_767_225_601_000, text: '2026-01-01T00:00:01Z' },
    { ms: -500, text: '1969-12-31T23:59:59Z' },
  ])('writes $ms ms as $text, dropping the milliseconds', ({ ms, text }) => {
    expect(isoSeconds(ms)).toBe(text);
  });

  it('gives the right text again after another second was formatted in between', () => {
    const first = isoSeconds(1_000_000_000_000);
    isoSeconds(2_000_000_000_000);
    expect(isoSeconds(1_000_000_000_400)).toBe(first);
    expect(first).toBe('2001-09-09T01:46:40Z');
  });
});
