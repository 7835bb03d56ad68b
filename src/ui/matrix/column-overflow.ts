/**
 * Which of the grid's columns a scroll box hides, and what to tell the user about them. Pure: the
 * hook measures the columns once per resize and calls this on scroll, so a scroll costs a few
 * comparisons, never a layout.
 */

/** A column's left and right edge, in the scroll box's content coordinates (px). */
export interface ColumnSpan {
  start: number;
  end: number;
}

export interface HiddenColumns {
  left: number;
  right: number;
}

/** Sub-pixel layout and zoom leave edges a fraction off; a column this close to the edge counts as shown. */
const SLACK = 1;

/**
 * Columns not wholly inside the visible window `[viewStart, viewEnd]`: a column cut by an edge is
 * still one to scroll to, since its text is cut too.
 */
export function hiddenColumns(
  columns: readonly ColumnSpan[],
  viewStart: number,
  viewEnd: number,
): HiddenColumns {
  let left = 0;
  let right = 0;
  for (const { start, end } of columns) {
    if (start < viewStart - SLACK) left += 1;
    else if (end > viewEnd + SLACK) right += 1;
  }
  return { left, right };
}

const columns = (n: number) => `${n} more column${n === 1 ? '' : 's'}`;

/** The words beside each edge: "Scroll right for 6 more columns"; null for an edge with nothing behind it. */
export function overflowHints({ left, right }: HiddenColumns): { left: string | null; right: string | null } {
  return {
    left: left > 0 ? `Scroll left for ${columns(left)}` : null,
    right: right > 0 ? `Scroll right for ${columns(right)}` : null,
  };
}
