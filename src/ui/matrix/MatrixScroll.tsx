import { type ReactNode, type RefObject, useId, useRef } from 'react';
import { focusRing } from '../common/PanelBoundary.tsx';
import { overflowHints } from './column-overflow.ts';
import { useColumnOverflow } from './use-column-overflow.ts';

/** The faded edges are 1.5rem (24 px) wide; a cell reached by the keyboard stops clear of them. */
const FADE = 'pointer-events-none absolute top-0 w-6 from-white to-transparent dark:from-slate-900';
const FADE_PX = 24;

/**
 * The grid's scroll box. A grid wider than its panel (12 columns at 1366×768) says so in words
 * above it ("Scroll right for 6 more columns", counted from the columns actually cut off) and with
 * a fade on each edge that has columns behind it. A grid taller than its page column (every
 * principal) scrolls down in the box too, under a header row that stays put; the box is no taller
 * than the column less the line above it (use-column-overflow.ts), and brought into view it keeps
 * that line in view (scroll-margin), so the words, the column names and the sideways scroll bar
 * show together. The box is a named region in the tab order, so a keyboard user can focus it and
 * scroll with the arrow keys; the hint is its description.
 */
export function MatrixScroll({
  table,
  children,
}: {
  table: RefObject<HTMLTableElement | null>;
  children: ReactNode;
}) {
  const box = useRef<HTMLElement>(null);
  const overflow = useColumnOverflow(box, table, FADE_PX);
  const hints = overflowHints(overflow);
  const hintId = useId();
  const shown = hints.left !== null || hints.right !== null;
  const fadeStyle = { bottom: overflow.scrollbar };
  return (
    <div className="flex min-w-0 flex-col gap-1">
      {shown ? (
        <p
          id={hintId}
          className="flex justify-between gap-2 py-0.5 text-xs font-medium text-sky-800 dark:text-sky-300"
        >
          <span>
            {hints.left ? (
              <>
                <span aria-hidden="true">← </span>
                <span>{hints.left}</span>
              </>
            ) : null}
          </span>
          <span>
            {hints.right ? (
              <>
                <span>{hints.right}</span>
                <span aria-hidden="true"> →</span>
              </>
            ) : null}
          </span>
        </p>
      ) : null}
      <div className="relative">
        <section
          ref={box}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable so the keyboard can scroll it (WCAG 2.1.1)
          tabIndex={0}
          aria-label="Matrix cells, scrolls sideways"
          aria-describedby={shown ? hintId : undefined}
          className={`scroll-mt-8 overflow-auto rounded ${focusRing}`}
        >
          {children}
        </section>
        <div
          aria-hidden="true"
          data-testid="matrix-fade-left"
          className={`${FADE} border-l border-slate-300 bg-linear-to-r dark:border-slate-600 ${overflow.left ? '' : 'hidden'}`}
          style={{ ...fadeStyle, left: overflow.stickyWidth }}
        />
        <div
          aria-hidden="true"
          data-testid="matrix-fade-right"
          className={`${FADE} bg-linear-to-l ${overflow.right ? '' : 'hidden'}`}
          style={{ ...fadeStyle, right: overflow.sideScrollbar }}
        />
      </div>
    </div>
  );
}
