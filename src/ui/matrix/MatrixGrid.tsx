import { type KeyboardEvent, useRef, useState } from 'react';
import {
  answerLabel,
  cellId,
  cellName,
  MATRIX_OPERATIONS,
  MATRIX_TRANSPORTS,
  type MatrixCell,
  type MatrixChange,
  type MatrixDiff,
  type MatrixResult,
} from '../../engine/index.ts';
import { focusRing } from '../common/PanelBoundary.tsx';
import { TONE_CLASS, toneOf } from './cell-style.ts';

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

const shortPrincipal = (arn: string) => (arn === 'anonymous' ? 'anonymous' : (arn.split(':').pop() ?? arn));

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
    grid.current?.querySelector<HTMLButtonElement>(`[data-cell="${next.row}-${next.col}"]`)?.focus();
  };

  return (
    <table
      ref={grid}
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA grid pattern on a table: cells are buttons moved between with the arrow keys
      role="grid"
      aria-label="Request matrix cells"
      className="border-separate border-spacing-0.5 text-xs"
    >
      <thead>
        <tr>
          <th scope="col" className="text-left align-bottom">
            {axis ? 'Principal / operation' : 'Operation'}
          </th>
          {columns.map(({ column, transport }) => (
            <th
              key={`${column.id}-${transport}`}
              scope="col"
              className="min-w-[5.5rem] px-1 align-bottom font-normal"
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
            <th scope="row" className="whitespace-nowrap pr-2 text-left font-medium">
              {axis ? (
                <span className="block text-slate-600 dark:text-slate-400">{shortPrincipal(principal)}</span>
              ) : null}
              {operation}
            </th>
            {columns.map(({ column, transport }, c) => {
              const spec = { principal, operation, encryption: column.id, transport };
              const cell = byId.get(cellId(spec));
              const key = `${column.id}-${transport}`;
              if (!cell) return <td key={key} />;
              const change = changes.get(cellId(spec));
              const describedBy = change ? `matrix-was-${r}-${c}` : undefined;
              return (
                <td
                  key={key}
                  // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: a grid's cell (see the table's role)
                  role="gridcell"
                  tabIndex={-1}
                  aria-label={cellName(cell)}
                  className="p-0"
                >
                  <button
                    type="button"
                    data-cell={`${r}-${c}`}
                    aria-label={cellName(cell)}
                    aria-describedby={describedBy}
                    tabIndex={active.row === r && active.col === c ? 0 : -1}
                    onFocus={() => setActive({ row: r, col: c })}
                    onKeyDown={(e) => move(e, r, c)}
                    onClick={() => onOpen(cell)}
                    title={`${cellName(cell)} (stage ${cell.stage ?? 'none'}${cell.statementSid ? `, statement ${cell.statementSid}` : ''})`}
                    className={`flex min-h-9 w-full flex-col items-start rounded border px-1 py-0.5 text-left leading-tight ${TONE_CLASS[toneOf(cell.status)]} ${change ? 'outline-2 outline-offset-0 outline-sky-600 dark:outline-sky-400' : ''} ${focusRing}`}
                  >
                    {change ? (
                      <>
                        <span className="font-mono">
                          {change.before.status} → {cell.status}
                        </span>
                        <span id={describedBy} className="sr-only">
                          Changed by the draft: {answerLabel(change.before)} with the bucket's policy.
                        </span>
                      </>
                    ) : (
                      <span className="font-mono">{cell.status}</span>
                    )}
                    <span className="break-all">{cell.code ?? (cell.status < 300 ? 'OK' : 'no body')}</span>
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
