import { wentThrough } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import { HISTORY_LIMIT } from '../../state/send-through.ts';
import type { RunEntry } from '../../state/slices/types.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { statusLabel } from '../results/format/status-text.ts';

const selectHistory = (s: PlaygroundState) => s.history;
const selectLoad = (s: PlaygroundState) => s.loadHistoryEntry;

/** What was sent ("PutObject report.txt") and what S3 answered ("403 AccessDenied"). */
export function historyParts(entry: RunEntry): { sent: string; answer: string } {
  const { operation, key, bucket } = entry.request;
  const { status, error } = entry.outcome.response;
  const target = key ?? bucket ?? '';
  return {
    sent: `${operation}${target ? ` ${target}` : ''}`,
    answer: `${statusLabel(status)}${error ? ` ${error.code}` : ''}`,
  };
}

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour12: false });

/**
 * The requests sent from this tab, newest first, each with S3's answer; a click puts the request
 * back into the builder with its answer and trace. Kept in memory only: a reload starts it afresh.
 */
export function RequestHistory() {
  const history = usePlayground(selectHistory);
  const load = usePlayground(selectLoad);
  if (history.length === 0)
    return (
      <p className="text-xs text-slate-600 dark:text-slate-400">The requests you send are listed here.</p>
    );
  return (
    <div className="flex flex-col gap-1 text-sm">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Newest first, the last {HISTORY_LIMIT} in this tab. Click one to load it into the builder.
      </p>
      <ol aria-label="Requests sent" className="flex max-h-48 flex-col gap-0.5 overflow-y-auto">
        {history.map((entry) => {
          const failed = !wentThrough(entry.outcome.response.status);
          const { sent, answer } = historyParts(entry);
          const label = `${sent}: ${answer}`;
          return (
            <li key={`${entry.at}-${label}`} className="flex">
              <button
                type="button"
                aria-label={label}
                className="flex w-full items-baseline gap-2 rounded px-1 py-0.5 text-left font-mono text-xs hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-slate-800"
                onClick={() => load(entry)}
              >
                <span className="text-slate-500 dark:text-slate-400">{time(entry.at)}</span>
                <span className="min-w-0 flex-1 truncate">{sent}</span>
                <span
                  className={`font-semibold ${failed ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}`}
                >
                  {failed ? '✗' : '✓'} {answer}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
