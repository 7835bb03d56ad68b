import { describe, expect, it } from 'vitest';
import { readRange } from './byte-range.ts';

const cases = [
  { name: 'no header reads the whole object', header: undefined, size: 10, read: { kind: 'whole' } },
  {
    name: 'a closed range reads those bytes',
    header: 'bytes=2-4',
    size: 10,
    read: { kind: 'range', start: 2, end: 4 },
  },
  {
    name: 'an open range reads to the end',
    header: 'bytes=7-',
    size: 10,
    read: { kind: 'range', start: 7, end: 9 },
  },
  {
    name: 'an end past the object is cut at the end',
    header: 'bytes=5-100',
    size: 10,
    read: { kind: 'range', start: 5, end: 9 },
  },
  {
    name: 'a suffix range reads the last bytes',
    header: 'bytes=-3',
    size: 10,
    read: { kind: 'range', start: 7, end: 9 },
  },
  {
    name: 'a suffix longer than the object reads all of it',
    header: 'bytes=-30',
    size: 10,
    read: { kind: 'range', start: 0, end: 9 },
  },
  {
    name: 'a start past the end is unsatisfiable',
    header: 'bytes=10-20',
    size: 10,
    read: { kind: 'unsatisfiable' },
  },
  {
    name: 'a zero-length suffix is unsatisfiable',
    header: 'bytes=-0',
    size: 10,
    read: { kind: 'unsatisfiable' },
  },
  {
    name: 'any range of an empty object is unsatisfiable',
    header: 'bytes=0-',
    size: 0,
    read: { kind: 'unsatisfiable' },
  },
  { name: 'an end before the start is ignored', header: 'bytes=5-2', size: 10, read: { kind: 'whole' } },
  {
    name: 'several ranges are ignored (S3 serves one)',
    header: 'bytes=0-1,3-4',
    size: 10,
    read: { kind: 'whole' },
  },
  { name: 'another unit is ignored', header: 'items=0-1', size: 10, read: { kind: 'whole' } },
  { name: 'a bare "bytes=-" is ignored', header: 'bytes=-', size: 10, read: { kind: 'whole' } },
] as const;

describe('readRange', () => {
  it.each(cases)('$name', ({ header, size, read }) => {
    expect(readRange(header, size)).toEqual(read);
  });
});
