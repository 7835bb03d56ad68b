/**
 * The lesson a trainer opened from a file, kept so that a reload (a slip in front of the room)
 * opens it again: its address names it by an id no shipped lesson has. Only the open one is kept,
 * and it is forgotten when it closes. Unreadable or odd contents read as nothing kept.
 */
import { KEY_PREFIX, type SavedStore } from './browser-storage.ts';

export const KEPT_FILE_LESSON_KEY = `${KEY_PREFIX}open-file-lesson`;
/** Site storage is about 5 MB for everything the page keeps: a larger lesson file is not kept. */
export const MAX_KEPT_LESSON_CHARS = 1_000_000;

export interface KeptFileLesson {
  /** The scenario's id, as the address names it. */
  id: string;
  name: string;
  text: string;
}

export function readKeptFileLesson(storage: Pick<SavedStore, 'read'>): KeptFileLesson | null {
  try {
    const value: unknown = JSON.parse(storage.read(KEPT_FILE_LESSON_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { id, name, text } = value as Record<string, unknown>;
    if (typeof id !== 'string' || typeof name !== 'string' || typeof text !== 'string') return null;
    return text.length <= MAX_KEPT_LESSON_CHARS ? { id, name, text } : null;
  } catch {
    return null;
  }
}

/** Keeps `lesson`, or forgets the kept one (`null`); false when it is too large or storage refused. */
export function keepFileLesson(
  storage: Pick<SavedStore, 'write' | 'remove'>,
  lesson: KeptFileLesson | null,
): boolean {
  if (lesson === null || lesson.text.length > MAX_KEPT_LESSON_CHARS) {
    storage.remove(KEPT_FILE_LESSON_KEY);
    return lesson === null;
  }
  return storage.write(KEPT_FILE_LESSON_KEY, JSON.stringify(lesson));
}
