import { type RefObject, useEffect, useState } from 'react';

const DETAIL_HINT = 'Point at or focus a cell to read its whole answer and the rule that decided it.';

/**
 * The line under the grid that spells out the pointed-at or focused cell. It keeps its own state
 * (set through `show`), so moving the pointer re-renders this line, not a grid of many cells.
 */
export function CellDetailLine({ show }: { show: RefObject<(text: string | null) => void> }) {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    show.current = setText;
  }, [show]);
  return (
    <p data-testid="matrix-cell-detail" className="min-h-8 text-xs text-slate-700 dark:text-slate-300">
      {text ?? DETAIL_HINT}
    </p>
  );
}
