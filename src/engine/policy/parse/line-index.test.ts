import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index.ts';

describe('LineIndex', () => {
  const text = 'ab\ncd\r\nef\rg';
  const cases = [
    { name: 'the first character is line 1, column 1', offset: 0, line: 1, column: 1 },
    { name: 'a character after \\n starts line 2', offset: 3, line: 2, column: 1 },
    { name: '\\r\\n counts as one line break', offset: 7, line: 3, column: 1 },
    { name: 'a lone \\r is a line break too', offset: 10, line: 4, column: 1 },
    { name: 'the end of the text is a valid position', offset: 11, line: 4, column: 2 },
    { name: 'offsets past the end are clamped', offset: 99, line: 4, column: 2 },
  ];
  it.each(cases)('$name', ({ offset, line, column }) => {
    expect(new LineIndex(text).position(offset)).toEqual({
      line,
      column,
      offset: Math.min(offset, text.length),
    });
  });
});
