import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from 'react';
import {
  answerLabel,
  cellId,
  MATRIX_OPERATIONS,
  MATRIX_TRANSPORTS,
  type MatrixCell,
  type MatrixChange,
  type MatrixDiff,
  type MatrixResult,
  wentThrough,
} from '../../engine/index.ts';
import { focusRing } from '../common/PanelBoundary.tsx';
import { CellDetailLine } from './CellDetailLine.tsx';
import { TONE_CLASS, toneOf } from './cell-style.ts';
import { cellDetail, codeWords, decidingRule, gridCellName, shortPrincipal } from './cell-text.ts';
import { MatrixScroll } from './MatrixScroll.tsx';

/** `SSE-KMS:` then a break opportunity, so a long key name wraps after the colon. */
const columnLabel = (id: string) => {
  const colon = id.indexOf(':');
  return colon < 0 ? (
    id
  ) : (
    <>
      {id.slice(0, colon + 1)}
      <wbr />
      {id.slice(colon + 1)}
    </>
  );
};

/** An error code that wraps between its words only (`KMS.NotFound` / `Exception`), never inside one. */
function codeLabel(code: string) {
  const parts: ReactNode[] = [];
  let before = '';
  for (const word of codeWords(code)) {
    if (before) parts.push(<wbr key={before} />);
    parts.push(word);
    before += word;
  }
  return parts;
}

/** The sticky row-header column covers the cells scrolled under it, so it has the panel's background. */
const STICKY = 'sticky left-0 z-[1] bg-white dark:bg-slate-900';
/** The header row stays at the top of a grid taller than its box (every principal), above the cells. */
const STICKY_TOP = 'sticky top-0 bg-white dark:bg-slate-900';

interface Props {
  result: MatrixResult;
  diff: MatrixDiff | null;
  onOpen(cell: MatrixCell): void;
}

/**
 * The grid (WAI-ARIA grid pattern): one row per principal and operation, one column per
 * encryption and transport. Arrow keys move between cells (one tab stop), Enter opens a cell.
 */
export function MatrixGrid({ result, diff, onOpen }: Props) {
  const byId = new Map(result.cells.map((c) => [cellId(c), c]));
  const changes = new Map<string, MatrixChange>((diff?.changed ?? []).map((c) => [cellId(c), c]));
  const rows = result.principals.flatMap((principal) =>
    MATRIX_OPERATIONS.map((operation) => ({ principal, operation })),
  );
  const columns = result.columns.flatMap((column) =>
    MATRIX_TRANSPORTS.map((transport) => ({ column, transport })),
  );
  const [active, setActive] = useState({ row: 0, col: 0 });
  const grid = useRef<HTMLTableElement>(null);
  const axis = result.principals.length > 1;
  const ids = useId();
  // What the detail line shows: the cell under the pointer, else the focused one.
  const seen = useRef<{ pointed: string | null; focused: string | null }>({ pointed: null, focused: null });
  const showDetail = useRef<(text: string | null) => void>(() => {});
  const see = (kind: 'pointed' | 'focused', text: string | null) => {
    seen.current[kind] = text;
    showDetail.current(seen.current.pointed ?? seen.current.focused);
  };

  const move = (event: KeyboardEvent, row: number, col: number) => {
    const step: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const delta = step[event.key];
    if (!delta) return;
    event.preventDefault();
    const next = {
      row: Math.min(rows.length - 1, Math.max(0, row + delta[0])),
      col: Math.min(columns.length - 1, Math.max(0, col + delta[1])),
    };
    setActive(next);
    const target = grid.current?.querySelector<HTMLButtonElement>(`[data-cell="${next.row}-${next.col}"]`);
    // Focus does not scroll past the sticky row headers; scrollIntoView honours the box's scroll-padding.
    target?.focus({ preventScroll: true });
    // The whole cell (its column's width), so a column reached by the keyboard counts as shown;
    // then the whole box in its page column, so its header row and the hint above stay in view.
    target?.closest('td')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    grid.current?.parentElement?.scrollIntoView({ block: 'nearest' });
  };

  return (
    <>
      <MatrixScroll table={grid}>
        <table
          ref={grid}
          // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA grid pattern on a table: cells are buttons moved between with the arrow keys
          role="grid"
          aria-label="Request matrix cells"
          className="border-separate border-spacing-0 text-xs"
          onMouseLeave={() => see('pointed', null)}
          onBlur={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget)) see('focused', null);
          }}
        >
          <thead>
            <tr>
              <th scope="col" className={`${STICKY} ${STICKY_TOP} z-[3] pr-2 text-left align-bottom`}>
                {axis ? 'Principal / operation' : 'Operation'}
              </th>
              {columns.map(({ column, transport }) => (
                <th
                  key={`${column.id}-${transport}`}
                  scope="col"
                  className={`${STICKY_TOP} z-[2] min-w-[6rem] px-1 align-bottom font-normal`}
                >
                  <span className="block font-semibold">{columnLabel(column.id)}</span>
                  <span className="text-slate-600 dark:text-slate-400">{transport}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ principal, operation }, r) => (
              <tr key={`${principal}-${operation}`}>
                <th scope="row" className={`${STICKY} whitespace-nowrap pr-2 text-left font-medium`}>
                  {axis ? (
                    <span className="block text-slate-600 dark:text-slate-400">
                      {shortPrincipal(principal)}
                    </span>
                  ) : null}
                  {operation}
                </th>
                {columns.map(({ column, transport }, c) => {
                  const spec = { principal, operation, encryption: column.id, transport };
                  const cell = byId.get(cellId(spec));
                  const key = `${column.id}-${transport}`;
                  if (!cell) return <td key={key} />;
                  const change = changes.get(cellId(spec));
                  const wasId = `${ids}was-${r}-${c}`;
                  const ruleId = `${ids}rule-${r}-${c}`;
                  const detail = () => cellDetail(cell, axis, change);
                  const name = gridCellName(cell, axis);
                  return (
                    <td
                      key={key}
                      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a grid's cell (see the table's role)
                      role="gridcell"
                      tabIndex={-1}
                      aria-label={name}
                      className="relative z-0 p-px"
                    >
                      <button
                        type="button"
                        data-cell={`${r}-${c}`}
                        aria-label={name}
                        aria-describedby={change ? `${wasId} ${ruleId}` : ruleId}
                        tabIndex={active.row === r && active.col === c ? 0 : -1}
                        onFocus={() => {
                          setActive({ row: r, col: c });
                          see('focused', detail());
                        }}
                        onMouseEnter={() => see('pointed', detail())}
                        onKeyDown={(e) => move(e, r, c)}
                        onClick={() => onOpen(cell)}
                        title={detail()}
                        className={`flex min-h-9 w-full flex-col items-start rounded border px-1 py-0.5 text-left leading-tight ${TONE_CLASS[toneOf(cell.status)]} ${change ? 'ring-2 ring-sky-600 dark:ring-sky-400' : ''} ${focusRing}`}
                      >
                        {change ? (
                          <>
                            <span className="font-mono">
                              {change.before.status} → {cell.status}
                            </span>
                            <span id={wasId} className="sr-only">
                              Changed by the draft: {answerLabel(change.before)} with the bucket's policy.
                            </span>
                          </>
                        ) : (
                          <span className="font-mono">{cell.status}</span>
                        )}
                        <span data-testid="matrix-cell-code" className="break-words">
                          {cell.code ? codeLabel(cell.code) : wentThrough(cell.status) ? 'OK' : 'no body'}
                        </span>
                        <span id={ruleId} className="sr-only">
                          {decidingRule(cell)}
                        </span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </MatrixScroll>
      <CellDetailLine show={showDetail} />
    </>
  );
}
