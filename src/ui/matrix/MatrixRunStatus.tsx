import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { smallButtonClass } from '../common/PanelBoundary.tsx';

const selectMatrix = (s: PlaygroundState) => s.matrix;
const selectCancel = (s: PlaygroundState) => s.cancelMatrix;
const selectRefresh = (s: PlaygroundState) => s.refreshMatrix;

/** Where the matrix run is: computing (with Cancel), cancelled (with Run again), or how many cells. */
export function MatrixRunStatus() {
  const { status, result } = usePlayground(selectMatrix);
  const cancel = usePlayground(selectCancel);
  const refresh = usePlayground(selectRefresh);
  return (
    <span className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
      <span role="status">
        {status === 'running'
          ? 'Computing the matrix…'
          : status === 'cancelled'
            ? `Cancelled.${result ? ' The grid is from the run before.' : ''} It runs again when the policy or the bucket changes.`
            : result
              ? `${result.cells.length} requests, each in its own copy of the bucket`
              : ''}
      </span>
      {status === 'running' ? (
        <button type="button" className={smallButtonClass} onClick={cancel}>
          Cancel
        </button>
      ) : null}
      {status === 'cancelled' ? (
        <button type="button" className={smallButtonClass} onClick={() => void refresh({ force: true })}>
          Run again
        </button>
      ) : null}
    </span>
  );
}
