import { type RefObject, useEffect, useState } from 'react';
import { type ColumnSpan, type HiddenColumns, hiddenColumns } from './column-overflow.ts';

export interface ColumnOverflow extends HiddenColumns {
  /** Width of the sticky row-header column: the left edge of what scrolls. */
  stickyWidth: number;
  /** Height of the box's horizontal scroll bar (0 where scroll bars overlay the content). */
  scrollbar: number;
  /** Width of its vertical scroll bar, when the grid is taller than the box. */
  sideScrollbar: number;
}

/** Room left above the box for the sticky "Scroll right for …" line and the gap under it. */
const HINT_PX = 32;
/** A window too short for more still shows a few rows. */
const MIN_BOX_PX = 240;

/** The nearest ancestor that scrolls vertically: the page column the matrix sits in. */
function scrollingAncestor(from: HTMLElement | null): HTMLElement | null {
  for (let at = from; at; at = at.parentElement) {
    const { overflowY } = getComputedStyle(at);
    if (overflowY === 'auto' || overflowY === 'scroll') return at;
  }
  return null;
}

const NONE: ColumnOverflow = {
  left: 0,
  right: 0,
  stickyWidth: 0,
  scrollbar: 0,
  sideScrollbar: 0,
};

/**
 * How many of the table's columns its scroll box hides on each side. The columns' edges are read
 * from the header row when the box or the table is resized (a ResizeObserver); a scroll only
 * compares those cached edges with `scrollLeft`, at most once a frame, and re-renders only when a
 * count changes. The first header cell is the sticky row-header column: it is never hidden, and
 * it covers what scrolls under it, so the box's left scroll-padding is its width plus `edge` (a cell
 * reached with the arrow keys then scrolls out from under it and clear of the faded edge), and the
 * right scroll-padding is `edge`. The header row sticks to the top of a box that scrolls down too.
 */
export function useColumnOverflow(
  scroller: RefObject<HTMLElement | null>,
  table: RefObject<HTMLTableElement | null>,
  edge: number,
): ColumnOverflow {
  const [overflow, setOverflow] = useState(NONE);
  useEffect(() => {
    const box = scroller.current;
    const grid = table.current;
    if (!box || !grid) return;
    let columns: ColumnSpan[] = [];
    let stickyWidth = 0;
    let scrollbar = 0;
    let sideScrollbar = 0;
    let frame = 0;
    const update = () => {
      frame = 0;
      const hidden = hiddenColumns(columns, box.scrollLeft + stickyWidth, box.scrollLeft + box.clientWidth);
      const next = { ...hidden, stickyWidth, scrollbar, sideScrollbar };
      setOverflow((previous) =>
        (Object.keys(next) as (keyof ColumnOverflow)[]).every((key) => previous[key] === next[key])
          ? previous
          : next,
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const measure = () => {
      const origin = box.getBoundingClientRect().left + box.clientLeft - box.scrollLeft;
      const [sticky, ...cells] = Array.from(grid.tHead?.rows[0]?.cells ?? []);
      stickyWidth = sticky ? sticky.getBoundingClientRect().width : 0;
      box.style.scrollPaddingLeft = `${stickyWidth + edge}px`;
      box.style.scrollPaddingRight = `${edge}px`;
      scrollbar = box.offsetHeight - box.clientHeight - box.clientTop * 2;
      sideScrollbar = box.offsetWidth - box.clientWidth - box.clientLeft * 2;
      // A cell reached with the arrow keys stops below the sticky header row, not under it.
      box.style.scrollPaddingTop = `${grid.tHead?.getBoundingClientRect().height ?? 0}px`;
      columns = cells.map((cell) => {
        const rect = cell.getBoundingClientRect();
        return { start: rect.left - origin, end: rect.right - origin };
      });
      schedule();
    };
    // The box is at most as tall as the page column it scrolls in, less the sticky hint above it,
    // so its header row and its sideways scroll bar are on screen together.
    const column = scrollingAncestor(box.parentElement);
    const fitToColumn = () => {
      if (column) box.style.maxHeight = `${Math.max(MIN_BOX_PX, column.clientHeight - HINT_PX)}px`;
    };
    fitToColumn();
    const resized = new ResizeObserver(() => {
      fitToColumn();
      measure();
    });
    resized.observe(box);
    resized.observe(grid);
    if (column) resized.observe(column);
    box.addEventListener('scroll', schedule, { passive: true });
    return () => {
      resized.disconnect();
      box.removeEventListener('scroll', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller, table, edge]);
  return overflow;
}
