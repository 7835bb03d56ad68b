/**
 * Lesson progress kept across reloads (issue 8, "lessons keep their progress"): per lesson id,
 * the step on screen and the last step run. Stored under one key through the guarded storage;
 * unreadable or odd entries read as no progress, never as an error.
 */
import { KEY_PREFIX, type SavedStore } from './browser-storage.ts';

export const LESSON_PROGRESS_KEY = `${KEY_PREFIX}lesson-progress`;
/** Enough for every shipped lesson and a trainer's own files; the oldest are dropped beyond it. */
const MAX_LESSONS = 100;

export interface LessonProgress {
  /** The step on screen, 0-based. */
  current: number;
  /** The last step run, -1 before the first. */
  lastRan: number;
  /** When it was saved (ms since the epoch), to drop the oldest first. */
  at: number;
}

type Stored = Record<string, LessonProgress>;

function readAll(storage: Pick<SavedStore, 'read'>): Stored {
  try {
    const value: unknown = JSON.parse(storage.read(LESSON_PROGRESS_KEY) ?? '{}');
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const out: Stored = Object.create(null);
    for (const [id, entry] of Object.entries(value)) {
      const { current, lastRan, at } = (entry ?? {}) as Record<string, unknown>;
      if (
        Number.isSafeInteger(current) &&
        Number.isSafeInteger(lastRan) &&
        typeof at === 'number' &&
        (current as number) >= 0 &&
        (lastRan as number) >= -1
      )
        out[id] = { current: current as number, lastRan: lastRan as number, at };
    }
    return out;
  } catch {
    return {};
  }
}

export function readLessonProgress(storage: Pick<SavedStore, 'read'>, id: string): LessonProgress | null {
  const all = readAll(storage);
  return Object.hasOwn(all, id) ? (all[id] ?? null) : null;
}

/** Saves a lesson's progress (`null` forgets it, e.g. on "Restart lesson"); false when storage refused. */
export function writeLessonProgress(
  storage: Pick<SavedStore, 'read' | 'write'>,
  id: string,
  progress: Omit<LessonProgress, 'at'> | null,
  now = Date.now(),
): boolean {
  const all = readAll(storage);
  delete all[id];
  if (progress) all[id] = { ...progress, at: now };
  const kept = Object.entries(all)
    .sort(([, a], [, b]) => b.at - a.at)
    .slice(0, MAX_LESSONS);
  return storage.write(LESSON_PROGRESS_KEY, JSON.stringify(Object.fromEntries(kept)));
}
