/**
 * Presenter mode's keys (issue 8): `p` switches it on and off, `Esc` leaves it, and in it the arrow
 * keys and Page Down / Page Up (what most presentation clickers send) go to the next or previous
 * step, and past a deck lesson's last or first step to the next or previous lesson. Keys typed into
 * a field or an editor are theirs; outside presenter mode a tab list keeps its arrows too.
 */
import { useEffect } from 'react';
import { usePlaygroundStore } from '../../state/context.tsx';
import type { PlaygroundStore } from '../../state/store.ts';
import { loadLessonCatalog } from '../lessons/load-lessons.ts';

const FORWARD = new Set(['ArrowRight', 'PageDown']);
const BACK = new Set(['ArrowLeft', 'PageUp']);

function ownsKeys(target: EventTarget | null, presenter: boolean): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const fields = 'input, textarea, select, .monaco-editor, dialog';
  return target.closest(presenter ? fields : `${fields}, [role="tablist"]`) !== null;
}

/** The lesson before (at its last step) or after (at its first) the open one in its deck; false if none. */
async function openDeckNeighbour(store: PlaygroundStore, direction: 1 | -1): Promise<boolean> {
  const { deck, lesson, openLesson } = store.getState();
  if (!deck || !lesson) return false;
  const at = deck.ids.indexOf(lesson.scenario.id);
  const id = at < 0 ? undefined : deck.ids[at + direction];
  if (id === undefined) return false;
  const scenario = (await loadLessonCatalog()).lessonById(id)?.scenario;
  if (!scenario) return false;
  // Back is to where the previous lesson ended, its last step with every answer, as a slide deck
  // goes back to the last slide; forward starts the next lesson at its first step.
  await openLesson(scenario, direction === -1 ? { step: scenario.steps.length - 1, revisit: true } : {});
  return true;
}

/**
 * Forward: run the current step if it has not run, else go on to the next one, or after the last
 * step to the deck's next lesson. Back: the step before, or from the first step the deck's
 * previous lesson at its last step.
 */
async function presenterStep(store: PlaygroundStore, direction: 1 | -1): Promise<void> {
  const { lesson, goToStep, runLessonStep } = store.getState();
  if (!lesson) return;
  if (direction === 1 && lesson.runs[lesson.current] === undefined) await runLessonStep(lesson.current);
  else if (lesson.current + direction < 0 || lesson.current + direction >= lesson.scenario.steps.length)
    await openDeckNeighbour(store, direction);
  else await goToStep(lesson.current + direction);
}

const pressing = new WeakMap<PlaygroundStore, Promise<void>>();

/**
 * `presenterStep`, one press at a time: a clicker pressed twice while a step still runs makes two
 * moves in order, instead of both reading the step on screen as not yet run and running it twice.
 */
export function pressPresenterStep(store: PlaygroundStore, direction: 1 | -1): Promise<void> {
  const next = (pressing.get(store) ?? Promise.resolve())
    .then(() => presenterStep(store, direction))
    .catch(() => undefined);
  pressing.set(store, next);
  return next;
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
      if (ownsKeys(event.target, presenter)) return;
      if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        setPresenter(!presenter);
      } else if (presenter && (FORWARD.has(event.key) || BACK.has(event.key))) {
        event.preventDefault();
        void pressPresenterStep(store, FORWARD.has(event.key) ? 1 : -1);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, [store]);
}
