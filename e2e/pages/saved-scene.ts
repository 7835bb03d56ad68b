import type { Page } from '@playwright/test';

/**
 * The scene the page keeps in IndexedDB (src/state/scene/), read and written as a test needs:
 * the operations saved, as `kind operation key` (to wait for the debounced save), or damaged data
 * put in place.
 */
const DB = 's3-encryption-playground';

export function savedOperations(page: Page): Promise<string[]> {
  return page.evaluate(
    (name) =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onsuccess = () => {
          const read = open.result.transaction('kv').objectStore('kv').get('scene');
          read.onsuccess = () => {
            type Entry = { kind?: string; operation?: string; key?: string; request?: Entry };
            const scene = read.result as { entries?: Entry[] } | undefined;
            open.result.close();
            const entries = Array.isArray(scene?.entries) ? scene.entries : [];
            resolve(
              entries.map((e) =>
                [e.kind, e.request?.operation ?? e.operation, e.request?.key ?? e.key]
                  .filter(Boolean)
                  .join(' '),
              ),
            );
          };
          read.onerror = () => resolve([]);
        };
        open.onerror = () => resolve([]);
      }),
    DB,
  );
}

export function putSavedScene(page: Page, value: unknown): Promise<void> {
  return page.evaluate(
    ([name, scene]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put(scene, 'scene');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    [DB, value] as const,
  );
}

/**
 * Whether the saved scene marks its last operation as the answer on screen: the page saves an
 * answered operation at once and the history and last answer a moment later, so a test that puts
 * data in place waits for this first (or the page's pending save would write over it).
 */
export function savedSettled(page: Page): Promise<boolean> {
  return page.evaluate(
    (name) =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onsuccess = () => {
          const read = open.result.transaction('kv').objectStore('kv').get('scene');
          read.onsuccess = () => {
            const scene = read.result as { entries?: unknown[]; lastAnswer?: number } | undefined;
            open.result.close();
            const last = Array.isArray(scene?.entries) ? scene.entries.length - 1 : -1;
            resolve(last >= 0 && scene?.lastAnswer === last);
          };
          read.onerror = () => resolve(false);
        };
        open.onerror = () => resolve(false);
      }),
    DB,
  );
}
