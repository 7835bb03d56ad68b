import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass } from '../common/PanelBoundary.tsx';

const selectNotice = (s: PlaygroundState) => s.loadNotice;
const selectSetNotice = (s: PlaygroundState) => s.setLoadNotice;
const selectStorageNotice = (s: PlaygroundState) => s.storageNotice;
const selectSetStorageNotice = (s: PlaygroundState) => s.setStorageNotice;
const selectStatus = (s: PlaygroundState) => s.worldStatus;
const selectProblems = (s: PlaygroundState) => s.worldProblems;

/** A link or saved work that could not be read, and a set-up S3 refused: said plainly, never thrown. */
export function Notices() {
  const notice = usePlayground(selectNotice);
  const setNotice = usePlayground(selectSetNotice);
  const storageNotice = usePlayground(selectStorageNotice);
  const setStorageNotice = usePlayground(selectSetStorageNotice);
  const status = usePlayground(selectStatus);
  const problems = usePlayground(selectProblems);
  return (
    <>
      {notice ? (
        <div
          role={notice.kind === 'error' ? 'alert' : 'status'}
          // Something that went wrong in amber; a note on purpose (a key left out of a link) in blue.
          className={`mx-2 mt-2 flex items-start justify-between gap-2 rounded border p-2 text-sm ${
            notice.kind === 'error'
              ? 'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100'
              : 'border-sky-300 bg-sky-50 text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100'
          }`}
        >
          <p>{notice.message}</p>
          <button type="button" className={buttonClass} onClick={() => setNotice(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {storageNotice ? (
        <div
          role="status"
          className="mx-2 mt-2 flex items-start justify-between gap-2 rounded border border-sky-300 bg-sky-50 p-2 text-sm text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100"
        >
          <p>{storageNotice}</p>
          <button type="button" className={buttonClass} onClick={() => setStorageNotice(null)}>
            Dismiss
          </button>
        </div>
      ) : null}
      {status !== 'loading' && problems.length > 0 ? (
        <div
          role="alert"
          className="mx-2 mt-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-medium">
            {status === 'failed'
              ? 'The simulated bucket could not be set up:'
              : 'S3 refused part of this set-up. That part was left out (and is not saved); the rest applies:'}
          </p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                {p.path ? <span className="font-mono">{p.path}</span> : null} {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
