/**
 * Presenter mode's keys (issue 8): `p` switches it on and off, `Esc` leaves it, and in it the arrow
 * keys go to the previous or next step. Keys typed into a field, an editor or a tab list (which uses
 * the arrows itself) are theirs, not the presenter's.
 */
import { useEffect } from 'react';
import { usePlaygroundStore } from '../../state/context.tsx';
import type { PlaygroundStore } from '../../state/store.ts';

function ownsKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [role="tablist"], .monaco-editor, dialog') !== null;
}

/** Right: run the current step if it has not run, else go on to the next one. Left: the step before. */
export async function presenterStep(store: PlaygroundStore, direction: 1 | -1): Promise<void> {
  const { lesson, goToStep, runLessonStep } = store.getState();
  if (!lesson) return;
  if (direction === 1 && lesson.runs[lesson.current] === undefined) await runLessonStep(lesson.current);
  else await goToStep(lesson.current + direction);
}

export function usePresenterKeys(): void {
  const store = usePlaygroundStore();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const { presenter, setPresenter } = store.getState();
      if (presenter && event.key === 'Escape') {
        setPresenter(false);
        return;
      }
      if (ownsKeys(event.target)) return;
      if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        setPresenter(!presenter);
      } else if (presenter && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
        event.preventDefault();
        void presenterStep(store, event.key === 'ArrowRight' ? 1 : -1);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [store]);
}
