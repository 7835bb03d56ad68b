import { describe, expect, it } from 'vitest';
import { lineStartOffset } from './line-offset.ts';

describe('lineStartOffset', () => {
  it.each([
    { name: 'the first line starts the text', text: 'a\nbc\nd', line: 1, offset: 0 },
    { name: 'the second line starts after the first newline', text: 'a\nbc\nd', line: 2, offset: 2 },
    { name: 'the last line starts after the last newline', text: 'a\nbc\nd', line: 3, offset: 5 },
    { name: 'a line past the end is the end of the text', text: 'a\nbc\nd', line: 9, offset: 6 },
    { name: 'an empty line counts', text: '{\n\n  "Sid"', line: 3, offset: 3 },
  ])('$name', ({ text, line, offset }) => {
    expect(lineStartOffset(text, line)).toBe(offset);
  });
});
