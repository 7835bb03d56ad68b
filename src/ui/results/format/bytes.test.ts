import { describe, expect, it } from 'vitest';
import { displayBody, formatByteSize, hexDump, spacedHex, TEXT_PREVIEW_BYTES } from './bytes.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('hexDump', () => {
  it.each([
    { name: 'empty input is an empty string', input: bytes(), limit: undefined, expected: '' },
    {
      name: 'bytes are two lower-case digits, space separated',
      input: bytes(0, 10, 255),
      limit: undefined,
      expected: '00 0a ff',
    },
    {
      name: 'a limit cuts and counts the rest',
      input: bytes(1, 2, 3, 4),
      limit: 2,
      expected: '01 02 … (+2 bytes)',
    },
    { name: 'a limit equal to the length shows everything', input: bytes(1, 2), limit: 2, expected: '01 02' },
  ])('$name', ({ input, limit, expected }) => {
    expect(hexDump(input, limit)).toBe(expected);
  });
});

describe('formatByteSize', () => {
  it.each([
    { size: 0, expected: '0 bytes' },
    { size: 1, expected: '1 byte' },
    { size: 1023, expected: '1,023 bytes' },
    { size: 1536, expected: '1.5 KiB' },
    { size: 2 * 1024 * 1024, expected: '2.0 MiB' },
  ])('$size bytes read as $expected', ({ size, expected }) => {
    expect(formatByteSize(size)).toBe(expected);
  });
});

describe('displayBody', () => {
  it.each([
    { name: 'UTF-8 text is text', input: new TextEncoder().encode('héllo\nworld'), kind: 'text' },
    { name: 'invalid UTF-8 is binary', input: bytes(0xc3, 0x28), kind: 'binary' },
    { name: 'text with a NUL byte is binary', input: bytes(0x61, 0x00, 0x62), kind: 'binary' },
    { name: 'empty data is (empty) text', input: bytes(), kind: 'text' },
  ])('$name', ({ input, kind }) => {
    expect(displayBody(input).kind).toBe(kind);
  });

  it('binary data is shown as hex', () => {
    expect(displayBody(bytes(0xff, 0x00))).toEqual({ kind: 'binary', hex: 'ff 00' });
  });

  it('long text is shown up to the preview size, with the count of bytes left out', () => {
    // 'é' is two bytes: the cut falls inside one, which must not make the data "binary".
    const long = new TextEncoder().encode(`a${'é'.repeat(TEXT_PREVIEW_BYTES)}`);
    const shown = displayBody(long);
    expect(shown.kind).toBe('text');
    expect(
      shown.kind === 'text' &&
        shown.text.endsWith(`… (+${(long.length - TEXT_PREVIEW_BYTES).toLocaleString('en-US')} bytes)`),
    ).toBe(true);
    expect(shown.kind === 'text' && shown.text.length).toBeLessThan(TEXT_PREVIEW_BYTES);
  });
});

describe('spacedHex', () => {
  it.each([
    { name: 'engine hex is spaced per byte', hex: '0aFF10', limit: undefined, expected: '0a ff 10' },
    {
      name: 'a limit cuts and counts the rest',
      hex: '00112233',
      limit: 3,
      expected: '00 11 22 … (+1 bytes)',
    },
    { name: 'an empty string stays empty', hex: '', limit: undefined, expected: '' },
    {
      name: 'text that is not hex is returned as it is',
      hex: 'aws/s3',
      limit: undefined,
      expected: 'aws/s3',
    },
    { name: 'an odd number of digits is not hex', hex: 'abc', limit: undefined, expected: 'abc' },
  ])('$name', ({ hex, limit, expected }) => {
    expect(spacedHex(hex, limit)).toBe(expected);
  });
});

describe('object data in segments', () => {
  const joined = new TextEncoder().encode('x'.repeat(TEXT_PREVIEW_BYTES + 10));
  const segments = {
    kind: 'chunked-bytes' as const,
    chunks: [
      joined.slice(0, 100),
      joined.slice(100, TEXT_PREVIEW_BYTES + 5),
      joined.slice(TEXT_PREVIEW_BYTES + 5),
    ],
    length: joined.length,
  };
  const binary = Uint8Array.from({ length: 5000 }, (_, i) => i & 0xff);
  const binarySegments = {
    kind: 'chunked-bytes' as const,
    chunks: [binary.slice(0, 3), binary.slice(3)],
    length: binary.length,
  };

  it.each([
    { name: 'text', data: segments, same: joined },
    { name: 'binary data', data: binarySegments, same: binary },
  ])('is shown as the same $name would be in one buffer', ({ data, same }) => {
    expect(displayBody(data)).toEqual(displayBody(same));
  });

  it('is dumped as hex across its segments, counting what is left out', () => {
    expect(hexDump(binarySegments, 4)).toBe(hexDump(binary, 4));
    expect(hexDump(binarySegments, 4)).toBe('00 01 02 03 … (+4,996 bytes)');
  });
});
