import type { DifferenceNote } from '../../../engine/index.ts';

/**
 * The entries of docs/differences.md this request touched: a learner sees where the answer rests
 * on an assumption or leaves something out, instead of being taught it silently.
 */
export function DifferenceNotes({ notes }: { notes: readonly DifferenceNote[] | undefined }) {
  if (!notes || notes.length === 0) return null;
  return (
    <aside
      aria-label="Where this answer may differ from S3"
      className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200"
    >
      <p className="font-medium">Where this answer may differ from S3</p>
      <ul className="list-disc pl-4">
        {notes.map(({ id, note }) => (
          <li key={id}>
            {note} <span className="font-mono opacity-75">(docs/differences.md#{id})</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
