/**
 * Persistence goes through this folder only: browser-storage.ts is the one guarded module that
 * touches the browser's storage, so blocked or broken storage is a value, never a throw.
 */

export {
  browserKeyValueDb,
  browserLocalStorage,
  browserSessionStorage,
  browserTabSaves,
  DB_NAME,
  type DbRead,
  deleteBrowserDb,
  guardStorage,
  KEY_PREFIX,
  type KeyValueDb,
  noTabSaves,
  openKeyValueDb,
  type SavedStore,
  type StorageStatus,
  type TabSaves,
} from './browser-storage.ts';
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
export { memoryKeyValueDb, memoryStorage } from './memory-storage.ts';

import type { SavedStore } from './browser-storage.ts';
import { deleteBrowserDb } from './browser-storage.ts';

/**
 * "Reset workspace": removes everything the playground saved in this browser, and seals the
 * storage so that the save made when the page is left does not write the work back.
 */
export async function resetSavedWork(storage: SavedStore, deleteDb = deleteBrowserDb): Promise<void> {
  storage.seal();
  for (const key of storage.keys()) storage.remove(key);
  await deleteDb();
}
