import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, primaryButtonClass } from '../common/PanelBoundary.tsx';
import { loadLessonCatalog } from '../lessons/load-lessons.ts';

const selectOpen = (s: PlaygroundState) => s.startHere;
const selectSet = (s: PlaygroundState) => s.setStartHere;
const selectOpenLesson = (s: PlaygroundState) => s.openLesson;
const selectFocusPolicy = (s: PlaygroundState) => s.focusPolicyEditor;

/**
 * First contact (issue 8): what the three columns are, and two ways in. Shown on a first visit,
 * never again once dismissed; "Help" in the header brings it back.
 */
export function StartHere() {
  const open = usePlayground(selectOpen);
  const setOpen = usePlayground(selectSet);
  const openLesson = usePlayground(selectOpenLesson);
  const focusPolicy = usePlayground(selectFocusPolicy);
  if (!open) return null;
  return (
    <section
      aria-label="Start here"
      className="mx-2 mt-2 flex flex-col gap-2 rounded border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-base font-semibold">Start here</h2>
        <button type="button" className={buttonClass} onClick={() => setOpen(false)}>
          Dismiss
        </button>
      </div>
      <p>
        This page is a simulated S3 bucket and KMS in your browser; nothing leaves it. Three columns:{' '}
        <strong>left</strong>, the bucket’s settings and its KMS keys; <strong>middle</strong>, the bucket
        policy and the request you send; <strong>right</strong>, what S3 answers and why, gate by gate, with
        the stored objects and the KMS audit log.
      </p>
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={primaryButtonClass}
          onClick={() => {
            setOpen(false);
            // The catalog is its own chunk, fetched on this click.
            void loadLessonCatalog().then(({ LESSONS }) => {
              const first = LESSONS[0];
              if (first) void openLesson(first.scenario);
            });
          }}
        >
          Take the first lesson
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={() => {
            setOpen(false);
            focusPolicy();
          }}
        >
          Try your own policy
        </button>
      </div>
    </section>
  );
}
