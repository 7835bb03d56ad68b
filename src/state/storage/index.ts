/**
 * Persistence goes through this folder only (a lint rule denies `localStorage` and `indexedDB`
 * elsewhere): every access is guarded, so blocked or broken storage is a value, never a throw.
 */

export {
  browserKeyValueDb,
  DB_NAME,
  deleteBrowserDb,
  type KeyValueDb,
  memoryKeyValueDb,
  openKeyValueDb,
} from './idb.ts';
export {
  KEPT_FILE_LESSON_KEY,
  type KeptFileLesson,
  keepFileLesson,
  MAX_KEPT_LESSON_CHARS,
  readKeptFileLesson,
} from './kept-file-lesson.ts';
export {
  LESSON_PROGRESS_KEY,
  type LessonProgress,
  readLessonProgress,
  writeLessonProgress,
} from './lesson-progress.ts';
export {
  browserLocalStorage,
  guardStorage,
  KEY_PREFIX,
  memoryStorage,
  type SavedStore,
  type StorageStatus,
} from './local.ts';

import { deleteBrowserDb } from './idb.ts';
import type { SavedStore } from './local.ts';

/**
 * "Reset workspace": removes everything the playground saved in this browser, and seals the
 * storage so that the save made when the page is left does not write the work back.
 */
export async function resetSavedWork(storage: SavedStore, deleteDb = deleteBrowserDb): Promise<void> {
  storage.seal();
  for (const key of storage.keys()) storage.remove(key);
  await deleteDb();
}
