import { wentThrough } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { smallButtonClass } from '../common/PanelBoundary.tsx';
import { statusLabel } from '../results/format/status-text.ts';
import { SendProgressLine } from './SendProgressLine.tsx';

const selectLastRun = (s: PlaygroundState) => s.lastRun;
const selectRunning = (s: PlaygroundState) => s.running;
const selectNotice = (s: PlaygroundState) => s.runNotice;

/**
 * S3's last answer in one line next to "Send request": feedback where the click was, and on a
 * narrow screen (results stacked below) a way down to the full answer and its trace.
 */
export function SentStatus() {
  const lastRun = usePlayground(selectLastRun);
  const running = usePlayground(selectRunning);
  const notice = usePlayground(selectNotice);
  if (running) return <SendProgressLine />;
  if (notice) return <output className="text-sm text-amber-800 dark:text-amber-300">{notice}</output>;
  if (!lastRun) return null;
  const { status, error } = lastRun.outcome.response;
  const failed = !wentThrough(status);
  return (
    <span className="flex items-center gap-2">
      <output
        aria-label="Last answer"
        className={`font-mono text-sm font-semibold ${failed ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}`}
      >
        <span className="font-normal">{lastRun.request.operation} →</span> {statusLabel(status)}{' '}
        {error?.code ?? ''}
      </output>
      <button
        type="button"
        className={`${smallButtonClass} xl:hidden`}
        onClick={() => document.getElementById('results')?.scrollIntoView({ behavior: 'smooth' })}
      >
        See the answer
      </button>
    </span>
  );
}
