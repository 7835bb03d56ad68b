/**
 * A lesson opened from a file comes back after a reload (a trainer's slip in front of the room):
 * while it is open its file is kept in site storage (storage/kept-file-lesson.ts), and the start
 * opens it again when the address names its id. A file holding SSE-C keys is kept only with
 * "Include keys", as saved work is; a file too large for site storage is not kept. Each is said.
 */
import type { Scenario } from '../engine/index.ts';
import { carriesKey } from './request-draft.ts';
import type { LessonFile } from './slices/types.ts';
import { keepFileLesson, MAX_KEPT_LESSON_CHARS, type SavedStore } from './storage/index.ts';
import type { PlaygroundStore } from './store.ts';

/** An SSE-C key in a step's request or in an object of the set-up. */
export function holdsCustomerKey(scenario: Scenario): boolean {
  const setup = scenario.setup ?? {};
  const objects = [...(setup.objects ?? []), ...(setup.otherBuckets ?? []).flatMap((b) => b.objects ?? [])];
  return scenario.steps.some((step) => carriesKey(step.request)) || objects.some((o) => carriesKey(o));
}

/** Why a file lesson is not kept, for the notice; undefined when it is. */
function notKept(scenario: Scenario, file: LessonFile, includeKeys: boolean): string | undefined {
  if (!includeKeys && holdsCustomerKey(scenario))
    return `“${file.name}” holds SSE-C keys, so it is not kept for a reload unless "Include keys" is ticked.`;
  if (file.text.length > MAX_KEPT_LESSON_CHARS)
    return `“${file.name}” is too large to keep in this browser: a reload will not open it again.`;
  return undefined;
}

export function keepOpenFileLesson(store: PlaygroundStore, storage: Pick<SavedStore, 'write' | 'remove'>) {
  return store.subscribe((state, previous) => {
    const lesson = state.lesson;
    const was = previous.lesson;
    if (lesson?.file === was?.file && state.includeKeys === previous.includeKeys) return;
    if (!lesson?.file) {
      if (was?.file) keepFileLesson(storage, null);
      return;
    }
    const why = notKept(lesson.scenario, lesson.file, state.includeKeys);
    if (why === undefined) {
      // A refused write (storage full or blocked) is reported once by the storage guard.
      keepFileLesson(storage, { id: lesson.scenario.id, ...lesson.file });
      return;
    }
    keepFileLesson(storage, null);
    if (lesson.file !== was?.file) state.setLoadNotice({ kind: 'info', message: why });
  });
}
