import { describe, expect, it } from 'vitest';
import { type ChunkedBytes, copyOfData, fromChunks, isObjectData, leadingBytes } from './chunked-bytes.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);
const chunked = (...chunks: Uint8Array<ArrayBuffer>[]) => fromChunks(chunks) as ChunkedBytes;

describe('fromChunks', () => {
  it('makes no chunks an empty buffer', () => {
    expect(fromChunks([])).toEqual(new Uint8Array(0));
  });

  it('gives one chunk back as itself, not a copy', () => {
    const only = bytes(1, 2, 3);
    expect(fromChunks([only])).toBe(only);
  });

  it('keeps more chunks as they are and counts their bytes', () => {
    const a = bytes(1, 2);
    const b = bytes(3);
    const data = chunked(a, b);
    expect(data.kind).toBe('chunked-bytes');
    expect(data.chunks[0]).toBe(a);
    expect(data.chunks[1]).toBe(b);
    expect(data.length).toBe(3);
  });
});

describe('leadingBytes', () => {
  it.each([
    { name: 'all of one buffer', data: bytes(1, 2, 3), limit: undefined, expected: [1, 2, 3] },
    { name: 'the start of one buffer', data: bytes(1, 2, 3), limit: 2, expected: [1, 2] },
    {
      name: 'all of many chunks, joined',
      data: chunked(bytes(1, 2), bytes(3), bytes(4, 5)),
      limit: undefined,
      expected: [1, 2, 3, 4, 5],
    },
    { name: 'a start inside the first chunk', data: chunked(bytes(1, 2), bytes(3)), limit: 1, expected: [1] },
    {
      name: 'a start across chunks',
      data: chunked(bytes(1, 2), bytes(3), bytes(4, 5)),
      limit: 4,
      expected: [1, 2, 3, 4],
    },
    { name: 'a limit past the end', data: chunked(bytes(1), bytes(2)), limit: 10, expected: [1, 2] },
    { name: 'nothing for a limit of 0', data: chunked(bytes(1), bytes(2)), limit: 0, expected: [] },
  ])('returns $name', ({ data, limit, expected }) => {
    expect([...leadingBytes(data, limit)]).toEqual(expected);
  });

  it('returns one wholly wanted buffer itself, without copying it', () => {
    const only = bytes(1, 2);
    expect(leadingBytes(only)).toBe(only);
  });
});

describe('copyOfData', () => {
  it.each([
    { name: 'one buffer', data: bytes(7, 8) },
    { name: 'many chunks', data: chunked(bytes(7), bytes(8)) },
  ])('copies $name into a buffer of its own', ({ data }) => {
    const copy = copyOfData(data);
    expect([...copy]).toEqual([7, 8]);
    copy[0] = 0;
    expect([...leadingBytes(data)]).toEqual([7, 8]);
  });
});

describe('isObjectData', () => {
  it.each([
    { name: 'a buffer', value: bytes(1), expected: true },
    { name: 'chunks', value: chunked(bytes(1), bytes(2)), expected: true },
    { name: 'a JSON answer', value: { UploadId: 'x' }, expected: false },
    {
      name: 'a JSON answer with a kind of the same name but no chunks',
      value: { kind: 'chunked-bytes' },
      expected: false,
    },
    { name: 'a string', value: 'text', expected: false },
    { name: 'null', value: null, expected: false },
    { name: 'nothing', value: undefined, expected: false },
  ])('says $expected for $name', ({ value, expected }) => {
    expect(isObjectData(value)).toBe(expected);
  });
});
