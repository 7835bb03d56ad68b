/**
 * Persistence goes through this folder only (a lint rule denies `localStorage` and `indexedDB`
 * elsewhere): every access is guarded, so blocked or broken storage is a value, never a throw.
 */
export {
  browserLocalStorage,
  guardStorage,
  KEY_PREFIX,
  memoryStorage,
  type SavedStore,
  type StorageStatus,
} from './local.ts';

import type { SavedStore } from './local.ts';

/**
 * "Reset workspace": removes everything the playground saved in this browser, and seals the
 * storage so that the save made when the page is left does not write the work back.
 */
export async function resetSavedWork(storage: SavedStore): Promise<void> {
  storage.seal();
  for (const key of storage.keys()) storage.remove(key);
}
