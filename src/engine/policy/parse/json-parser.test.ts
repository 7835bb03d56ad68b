import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPlainValue } from './json-node.ts';
import { parseJson } from './json-parser.ts';

describe('parseJson', () => {
  const valid = [
    { name: 'an empty object', text: '{}' },
    { name: 'nested objects and arrays', text: '{"a": [1, {"b": null}], "c": true}' },
    { name: 'escapes and unicode', text: '{"s": "line\\nbreak \\"q\\" \\u00e9 \\/"}' },
    { name: 'numbers in every JSON form', text: '[0, -1, 1.5, 2e10, -3.25E-2]' },
    { name: 'CRLF line endings', text: '{\r\n  "a": 1\r\n}' },
    { name: 'a member named __proto__', text: '{"__proto__": {"x": 1}, "b": [true]}' },
  ];
  it.each(valid)('reads $name exactly as JSON.parse does', ({ text }) => {
    const result = parseJson(text);
    expect(result.problems).toEqual([]);
    expect(result.complete).toBe(true);
    expect(result.root && toPlainValue(result.root)).toEqual(JSON.parse(text));
  });

  const invalid = [
    { name: 'a trailing comma in an array', text: '["a",]', message: "Trailing comma before ']'", at: 4 },
    { name: 'a trailing comma in an object', text: '{"a": 1,}', message: "Trailing comma before '}'", at: 7 },
    {
      name: 'a missing comma between members',
      text: '{"a": 1 "b": 2}',
      message: "Missing ',' before this property",
      at: 8,
    },
    { name: 'a doubled comma', text: '[1,,2]', message: "Extra ','", at: 3 },
    { name: 'a missing colon', text: '{"a" 1}', message: "Expected ':' after the property name", at: 4 },
    { name: 'single quotes', text: "{'a': 1}", message: 'Expected a property name in double quotes', at: 1 },
    {
      name: 'an unterminated document',
      text: '{"a": [',
      message: 'Unexpected end of the document: expected a value',
      at: 7,
    },
    {
      name: 'an unterminated string',
      text: '{"a": "x',
      message: 'Unterminated string: missing the closing quote',
      at: 6,
    },
    {
      name: 'a raw line break inside a string',
      text: '{"a": "x\ny"}',
      message: 'Control characters (such as a line break) must be escaped inside a string',
      at: 8,
    },
    {
      name: 'text after the document',
      text: '{} x',
      message: 'Unexpected text after the end of the JSON document',
      at: 3,
    },
    { name: 'a number with a leading zero', text: '[01]', message: 'Invalid number', at: 1 },
    { name: 'an empty text', text: '', message: 'The document is empty: expected a JSON object', at: 0 },
  ];
  it.each(invalid)('reports $name at the right offset', ({ text, message, at }) => {
    const { problems } = parseJson(text);
    expect(problems.map((problem) => [problem.message, problem.start])).toContainEqual([message, at]);
  });

  it('reports several recoverable slips in one pass', () => {
    const { problems, complete } = parseJson('{"a": [1,], "b": 2 "c": 3,}');
    expect(problems.map((problem) => problem.message)).toEqual([
      "Trailing comma before ']'",
      "Missing ',' before this property",
      "Trailing comma before '}'",
    ]);
    expect(complete).toBe(true);
  });

  const many = (names: string[]) => `{${names.map((name, i) => `"${name}": ${i}`).join(', ')}}`;
  it.each([
    { name: 'no object names a member twice', text: '{"a": 1, "b": {"a": 2}}', repeated: false },
    { name: 'a name repeats at the top', text: '{"a": 1, "b": 2, "a": 3}', repeated: true },
    {
      name: 'a name repeats in an object inside an array',
      text: '[{"x": 1}, {"y": 1, "y": 2}]',
      repeated: true,
    },
    { name: 'eleven different names', text: many('abcdefghijk'.split('')), repeated: false },
    {
      name: 'the first and last of eleven names are the same',
      text: many('abcdefghija'.split('')),
      repeated: true,
    },
  ])('notes whether some object repeats a member name: $name', ({ text, repeated }) => {
    expect(parseJson(text).repeatedKeys).toBe(repeated);
  });

  it('stops at a nesting depth no policy needs instead of overflowing the stack', () => {
    const { problems } = parseJson(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(problems[0]?.message).toBe('Nesting deeper than 64 levels');
  });

  it('reads any JSON value that JSON.stringify writes (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value, null, 2);
        const result = parseJson(text);
        expect(result.problems).toEqual([]);
        expect(result.root && toPlainValue(result.root)).toEqual(JSON.parse(text));
      }),
      { seed: 20261127 },
    );
  });

  it('never throws and agrees with JSON.parse on validity for any string (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json().map((json) => json.slice(0, -1)),
        ),
        (text) => {
          let valid = true;
          try {
            JSON.parse(text);
          } catch {
            valid = false;
          }
          const result = parseJson(text);
          expect(result.problems.length === 0 && result.root !== undefined).toBe(valid);
        },
      ),
      { seed: 20261127 },
    );
  });
});
