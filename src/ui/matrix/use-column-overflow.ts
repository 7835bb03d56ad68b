import { type RefObject, useEffect, useState } from 'react';
import { type ColumnSpan, type HiddenColumns, hiddenColumns } from './column-overflow.ts';

export interface ColumnOverflow extends HiddenColumns {
  /** Width of the sticky row-header column: the left edge of what scrolls. */
  stickyWidth: number;
  /** Height of the box's horizontal scroll bar (0 where scroll bars overlay the content). */
  scrollbar: number;
}

const NONE: ColumnOverflow = { left: 0, right: 0, stickyWidth: 0, scrollbar: 0 };

/**
 * How many of the table's columns its scroll box hides on each side. The columns' edges are read
 * from the header row when the box or the table is resized (a ResizeObserver); a scroll only
 * compares those cached edges with `scrollLeft`, at most once a frame, and re-renders only when a
 * count changes. The first header cell is the sticky row-header column: it is never hidden, and
 * it covers what scrolls under it, so the box's left scroll-padding is its width plus `edge` (a cell
 * reached with the arrow keys then scrolls out from under it and clear of the faded edge), and the
 * right scroll-padding is `edge`.
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
    let frame = 0;
    const update = () => {
      frame = 0;
      const hidden = hiddenColumns(columns, box.scrollLeft + stickyWidth, box.scrollLeft + box.clientWidth);
      const next = { ...hidden, stickyWidth, scrollbar };
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
      columns = cells.map((cell) => {
        const rect = cell.getBoundingClientRect();
        return { start: rect.left - origin, end: rect.right - origin };
      });
      schedule();
    };
    const resized = new ResizeObserver(measure);
    resized.observe(box);
    resized.observe(grid);
    box.addEventListener('scroll', schedule, { passive: true });
    return () => {
      resized.disconnect();
      box.removeEventListener('scroll', schedule);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [scroller, table, edge]);
  return overflow;
}
