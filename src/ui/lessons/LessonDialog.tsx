import { useEffect, useRef } from 'react';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass } from '../common/PanelBoundary.tsx';
import { LessonGallery } from './LessonGallery.tsx';

const selectOpenLesson = (s: PlaygroundState) => s.openLesson;
const selectGallery = (s: PlaygroundState) => s.gallery;
const selectCloseGallery = (s: PlaygroundState) => s.closeGallery;
const selectSetDeck = (s: PlaygroundState) => s.setDeck;

/** The gallery in a modal dialog (native <dialog>: focus is trapped and Escape closes it). */
export function LessonDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  const openLesson = usePlayground(selectOpenLesson);
  const { open, message } = usePlayground(selectGallery);
  const onClose = usePlayground(selectCloseGallery);
  const setDeck = usePlayground(selectSetDeck);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-label="Lessons"
      onClose={onClose}
      className="m-auto max-h-[85vh] w-[min(60rem,95vw)] overflow-auto rounded-lg bg-white p-4 text-slate-900 backdrop:bg-black/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-lg font-semibold">Lessons</h2>
        <button type="button" className={buttonClass} onClick={onClose}>
          Close
        </button>
      </div>
      {message ? (
        <p role="alert" className="mb-3 text-sm text-amber-900 dark:text-amber-200">
          {message}
        </p>
      ) : null}
      {open ? (
        <LessonGallery
          onOpen={(lesson) => {
            onClose();
            setDeck(null);
            void openLesson(lesson.scenario);
          }}
        />
      ) : null}
    </dialog>
  );
}
