import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactJsonBytes } from './compact-size.ts';
import { parseJson } from './json-parser.ts';

/** What the size check measured before: the compact JSON of the parsed value, in UTF-8. */
const roundTripBytes = (text: string) => new TextEncoder().encode(JSON.stringify(JSON.parse(text))).length;

const measured = (text: string) => {
  const { root } = parseJson(text);
  if (!root) throw new Error(`no JSON in ${text}`);
  return compactJsonBytes(root);
};

/** Texts whose compact size the round trip defines, by what each shows. */
const SHOWN_BY: Record<string, string> = {
  'whitespace outside strings is not counted': '{ "a" : [ 1 , 2 ] }',
  'whitespace inside strings is': '{"a b":" c "}',
  'a repeated key counts once, with its last value': '{"a":"long value","a":1}',
  'escapes are written as JSON.stringify writes them': '["\\u0041\\n\\u0001\\/\\"\\\\"]',
  'numbers are written as JavaScript writes them': '[1e2, 1E21, 0.10, -0, 1e400]',
  'UTF-8 of two, three and four bytes': '["é€😀"]',
  'a lone surrogate escape': '["\\ud800x"]',
  '__proto__ is a member like any other': '{"__proto__":{"a":1},"b":null,"c":true}',
  'empty containers': '{"a":{},"b":[]}',
};

describe('compactJsonBytes', () => {
  it.each(Object.entries(SHOWN_BY))('%s', (_, text) => {
    expect(measured(text)).toBe(roundTripBytes(text));
  });

  it('agrees with the round trip on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), fc.integer({ min: 0, max: 4 }), (value, space) => {
        const text = JSON.stringify(value, null, space);
        expect(measured(text)).toBe(roundTripBytes(text));
      }),
      { numRuns: 300 },
    );
  });

  /** check-whole-text.ts skips the measure for a text under a sixth of the limit: this is why. */
  it.each(['[1e20]', '[-9e20,9e20]', '["\ud800"]', '["\u0001"]', '"\ud800"'])(
    'the compact form of %s is at most 6 bytes per character of the text',
    (text) => {
      expect(measured(text)).toBeLessThanOrEqual(6 * text.length);
    },
  );

  it('the compact form of any JSON text is at most 6 bytes per character', () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const text = JSON.stringify(value);
        expect(measured(text)).toBeLessThanOrEqual(6 * text.length);
      }),
      { numRuns: 300 },
    );
  });
});
