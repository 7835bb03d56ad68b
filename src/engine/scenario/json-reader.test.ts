import { describe, expect, it } from 'vitest';
import { readJson } from './json-reader.ts';

describe('readJson', () => {
  it.each([
    { name: 'a member named __proto__ stays a member', text: '{"__proto__": {"a": 1}}', keys: ['__proto__'] },
    { name: 'members keep their order', text: '{"b": 1, "a": 2}', keys: ['b', 'a'] },
  ])('$name', ({ text, keys }) => {
    const read = readJson(text);
    expect(read.ok && Object.keys(read.value.value as object)).toEqual(keys);
  });

  it.each([
    {
      name: 'a nested value on the second line',
      text: '{\n  "a": [1, 2]\n}',
      path: 'a[1]',
      line: 2,
      column: 12,
    },
    { name: 'a CRLF file counts lines like Monaco', text: '{\r\n"a": true}', path: 'a', line: 2, column: 6 },
  ])('records where $name starts', ({ text, path, line, column }) => {
    const read = readJson(text);
    expect(read.ok && read.value.positions.get(path)).toMatchObject({ line, column });
  });

  it.each([
    { name: 'a leading zero', text: '{"a": 01}', message: 'invalid number' },
    { name: 'an invalid escape', text: '{"a": "\\q"}', message: 'Invalid escape sequence \\q' },
  ])('refuses $name', ({ text, message }) => {
    const read = readJson(text);
    expect(read.ok ? 'accepted' : read.error.message).toBe(message);
  });

  it('reports a member named twice at its second occurrence', () => {
    const read = readJson('{"a": 1,\n "a": 2}');
    expect(read.ok && read.value.duplicates).toEqual([
      { path: 'a', position: { line: 2, column: 2, offset: 10 } },
    ]);
  });
});
