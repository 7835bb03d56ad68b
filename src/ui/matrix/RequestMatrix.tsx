import { matrixCsv, matrixMarkdown } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { downloadText } from '../common/download.ts';
import { buttonClass, focusRing } from '../common/PanelBoundary.tsx';
import { TONE_CLASS } from './cell-style.ts';
import { MatrixGrid } from './MatrixGrid.tsx';
import { MatrixRunStatus } from './MatrixRunStatus.tsx';

const selectMatrix = (s: PlaygroundState) => s.matrix;
const selectPrincipals = (s: PlaygroundState) => s.matrixPrincipals;
const selectSetPrincipals = (s: PlaygroundState) => s.setMatrixPrincipals;
const selectOpen = (s: PlaygroundState) => s.openMatrixCell;

function Legend() {
  return (
    <p className="flex flex-wrap gap-2 text-xs">
      <span className={`rounded border px-1 ${TONE_CLASS.allowed}`}>200 OK: allowed</span>
      <span className={`rounded border px-1 ${TONE_CLASS.denied}`}>403: denied</span>
      <span className={`rounded border px-1 ${TONE_CLASS.refused}`}>
        400/404/5xx: refused for another reason
      </span>
      <span className="rounded border border-slate-300 px-1 ring-2 ring-sky-600 dark:border-slate-600 dark:ring-sky-400">
        a → b: the draft changes it
      </span>
    </p>
  );
}

/**
 * Every request an engineer cares about, for the draft policy, with what the draft changes against
 * the bucket's policy. Nothing is applied here: "Apply policy to bucket" does that.
 */
export function RequestMatrix() {
  const matrix = usePlayground(selectMatrix);
  const principals = usePlayground(selectPrincipals);
  const setPrincipals = usePlayground(selectSetPrincipals);
  const open = usePlayground(selectOpen);
  const { result, diff, refusal } = matrix;
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="inline-flex items-center gap-1">
          <input
            type="checkbox"
            className={focusRing}
            checked={principals}
            onChange={(e) => setPrincipals(e.target.checked)}
          />
          Every principal (owner, declared principals, anonymous)
        </label>
        <button
          type="button"
          className={buttonClass}
          disabled={!result}
          onClick={() =>
            result && downloadText('request-matrix.csv', 'text/csv', matrixCsv(result, diff ?? undefined))
          }
        >
          Export CSV
        </button>
        <button
          type="button"
          className={buttonClass}
          disabled={!result}
          onClick={() =>
            result &&
            downloadText('request-matrix.md', 'text/markdown', matrixMarkdown(result, diff ?? undefined))
          }
        >
          Export Markdown
        </button>
        <MatrixRunStatus />
      </div>
      {refusal ? (
        <p
          role="alert"
          className="rounded border border-rose-300 bg-rose-50 p-2 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-200"
        >
          S3 refuses the draft policy ({refusal.code}): {refusal.message}
          {refusal.remedy ? ` — ${refusal.remedy}` : ''}
        </p>
      ) : null}
      {diff ? (
        <p
          data-testid="policy-diff"
          className="rounded border border-sky-300 bg-sky-50 p-2 text-sm dark:border-sky-800 dark:bg-sky-950"
        >
          <strong>Draft vs the bucket's policy:</strong> {diff.summary} Nothing changes on the bucket until
          you apply the policy.
        </p>
      ) : result ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The draft is the policy on the bucket. Edit it to see what a change would allow or deny.
        </p>
      ) : null}
      <Legend />
      {result ? <MatrixGrid result={result} diff={diff} onOpen={(cell) => void open(cell)} /> : null}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Click a cell to load its request into the builder and see its trace. Reads find an object written the
        way the column says.
      </p>
    </div>
  );
}
