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
