import { describe, expect, it } from 'vitest';
import { type ColumnSpan, hiddenColumns, overflowHints } from './column-overflow.ts';

// Four columns of 100 px after a 120 px row-header column: 120-220, 220-320, 320-420, 420-520.
const FOUR: ColumnSpan[] = [0, 1, 2, 3].map((i) => ({ start: 120 + i * 100, end: 220 + i * 100 }));

describe('hiddenColumns', () => {
  const cases: { name: string; view: [number, number]; left: number; right: number }[] = [
    { name: 'a window as wide as the grid hides nothing', view: [120, 520], left: 0, right: 0 },
    { name: 'a window wider than the grid hides nothing', view: [120, 900], left: 0, right: 0 },
    { name: 'columns past the right edge are hidden on the right', view: [120, 320], left: 0, right: 2 },
    { name: 'a column cut by the right edge counts as hidden', view: [120, 370], left: 0, right: 2 },
    {
      name: 'scrolled to the end, the first columns are hidden on the left',
      view: [320, 520],
      left: 2,
      right: 0,
    },
    { name: 'scrolled to the middle, columns hide on both sides', view: [220, 420], left: 1, right: 1 },
    { name: 'an edge half a pixel off still shows the column', view: [120.5, 519.5], left: 0, right: 0 },
  ];
  it.each(cases)('$name', ({ view, left, right }) => {
    expect(hiddenColumns(FOUR, view[0], view[1])).toEqual({ left, right });
  });

  it('a grid without columns hides nothing', () => {
    expect(hiddenColumns([], 0, 100)).toEqual({ left: 0, right: 0 });
  });
});

describe('overflowHints', () => {
  const cases: {
    name: string;
    hidden: { left: number; right: number };
    left: string | null;
    right: string | null;
  }[] = [
    { name: 'nothing hidden says nothing', hidden: { left: 0, right: 0 }, left: null, right: null },
    {
      name: 'columns on the right are counted',
      hidden: { left: 0, right: 6 },
      left: null,
      right: 'Scroll right for 6 more columns',
    },
    {
      name: 'one column is said in the singular',
      hidden: { left: 1, right: 0 },
      left: 'Scroll left for 1 more column',
      right: null,
    },
    {
      name: 'both edges get their own words',
      hidden: { left: 3, right: 2 },
      left: 'Scroll left for 3 more columns',
      right: 'Scroll right for 2 more columns',
    },
  ];
  it.each(cases)('$name', ({ hidden, left, right }) => {
    expect(overflowHints(hidden)).toEqual({ left, right });
  });
});
