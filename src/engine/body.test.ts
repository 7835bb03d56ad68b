import { describe, expect, it } from 'vitest';
import { bodyToBytes } from './body.ts';
import type { BodySpec } from './types.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('bodyToBytes', () => {
  const cases: { name: string; body: BodySpec; expected: string }[] = [
    { name: 'a string becomes its UTF-8 bytes', body: 'héllo', expected: 'héllo' },
    { name: 'a repeat spec repeats the unit', body: { repeat: 'ab', times: 3 }, expected: 'ababab' },
    { name: 'a repeat spec with zero times is empty', body: { repeat: 'ab', times: 0 }, expected: '' },
    { name: 'a negative repeat count is treated as empty', body: { repeat: 'x', times: -4 }, expected: '' },
    { name: 'base64 decodes to its bytes', body: { base64: 'dGVzdA==' }, expected: 'test' },
    { name: 'invalid base64 gives no bytes', body: { base64: '***' }, expected: '' },
    {
      name: 'a JSON object becomes its JSON text',
      body: { Status: 'Enabled' },
      expected: '{"Status":"Enabled"}',
    },
  ];
  it.each(cases)('$name', ({ body, expected }) => {
    expect(text(bodyToBytes(body))).toBe(expected);
  });

  it('a 5 MiB repeat has the exact length', () => {
    expect(bodyToBytes({ repeat: 'x', times: 5 * 1024 * 1024 }).length).toBe(5 * 1024 * 1024);
  });
});
