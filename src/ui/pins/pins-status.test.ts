import { describe, expect, it } from 'vitest';
import type { PinDifference } from '../../state/pins.ts';
import { pinsStatus } from './pins-status.ts';

const DIFF: PinDifference[] = [{ field: 'status', expected: '200', actual: '403' }];

describe('the pins status line', () => {
  it.each([
    {
      name: 'one pin that holds says so',
      results: [[]],
      says: 'The pinned answer holds for the draft policy and the bucket as they are.',
    },
    {
      name: 'four that hold say all four hold',
      results: [[], [], [], []],
      says: 'All 4 pinned answers hold for the draft policy and the bucket as they are.',
    },
    {
      name: 'a pin not checked yet keeps "all hold" from being said',
      results: [[], [], []],
      count: 4,
      says: 'Checking 1 of 4 pinned answers…',
    },
    {
      name: 'nothing checked yet says it is checking',
      results: [],
      count: 2,
      says: 'Checking 2 pinned answers…',
    },
    {
      name: 'a differing pin is counted first',
      results: [DIFF, [], undefined],
      says: '1 of 3 pinned answers now differs.',
    },
    {
      name: 'a pin that cannot be sent does not hold',
      results: [null, []],
      says: '1 of 2 pinned answers cannot be sent; the other holds.',
    },
    { name: 'no pin can be sent', results: [null, null], says: '2 of 2 pinned answers cannot be sent.' },
  ] as { name: string; results: (PinDifference[] | null | undefined)[]; count?: number; says: string }[])(
    '$name',
    ({ results, count, says }) => {
      expect(pinsStatus(results, count ?? results.length)).toBe(says);
    },
  );
});
