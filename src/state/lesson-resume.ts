/**
 * Lessons keep their progress across a reload (issue 8): the step on screen and the last step run
 * are saved per lesson (storage/lesson-progress.ts) as the learner moves; a reload reopens the
 * lesson at the step its address names, and runs the steps up to the last one run again in the
 * lesson's own world, so their answers show as they did. (A lesson's world is rebuilt from its
 * steps: re-running them gives the answers the lesson promises.)
 */
import type { Scenario } from '../engine/index.ts';
import { furthestRun, shownRun } from './lesson-step.ts';
import {
  LESSON_PROGRESS_KEY,
  readLessonProgress,
  type SavedStore,
  writeLessonProgress,
} from './storage/index.ts';
import type { PlaygroundStore } from './store.ts';

/** Saves the open lesson's progress whenever its step or its last step run changes. */
export function saveLessonProgress(store: PlaygroundStore, storage: Pick<SavedStore, 'read' | 'write'>) {
  return store.subscribe((state, previous) => {
    const lesson = state.lesson;
    if (!lesson) return;
    const was = previous.lesson;
    if (was?.scenario === lesson.scenario && was.current === lesson.current && was.runs === lesson.runs)
      return;
    // The furthest step with an answer (a step run again after it leaves the later answers shown).
    writeLessonProgress(storage, lesson.scenario.id, {
      current: lesson.current,
      lastRan: furthestRun(lesson),
    });
  });
}

/**
 * Runs the steps up to the last one run before the reload; the step on screen stays the address's.
 * `saved` is the storage as the page found it: opening the lesson saves its progress again.
 */
export async function resumeLesson(
  store: PlaygroundStore,
  saved: Pick<SavedStore, 'read'>,
  scenario: Scenario,
): Promise<void> {
  const progress = readLessonProgress(saved, scenario.id);
  const lesson = store.getState().lesson;
  if (!progress || lesson?.scenario !== scenario) return;
  const last = Math.min(progress.lastRan, scenario.steps.length - 1);
  if (last < 0) return;
  const current = lesson.current;
  if (lesson.runs[last] === undefined) await store.getState().runLessonStep(last);
  // The steps run again to rebuild the world are no news: the learner ran them before the reload
  // (opening at the address's step ran it with its earlier steps, which says "ran first").
  const now = store.getState().lesson;
  if (now?.scenario !== scenario) return;
  const shown = { ...now, current, ranFirst: undefined };
  store.setState({ lesson: shown, lastRun: shownRun(shown) });
}

/** The lesson progress as stored now, kept for `resumeLesson` after the lesson opens. */
export function progressAsFound(storage: Pick<SavedStore, 'read'>): Pick<SavedStore, 'read'> {
  const found = storage.read(LESSON_PROGRESS_KEY);
  return { read: (key) => (key === LESSON_PROGRESS_KEY ? found : null) };
}
