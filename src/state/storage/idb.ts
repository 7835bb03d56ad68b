/**
 * The one place that touches IndexedDB: a small key-value store in one object store. Like
 * local.ts, every failure is a value: `indexedDB` itself may throw (site data blocked), `open` may
 * fail (Firefox private windows) or be blocked; each gives an unavailable store whose reads find
 * nothing and whose writes report false.
 */

export const DB_NAME = 's3-encryption-playground';
const STORE = 'kv';

export interface KeyValueDb {
  readonly available: boolean;
  get(key: string): Promise<unknown>;
  put(key: string, value: unknown): Promise<boolean>;
  delete(key: string): Promise<void>;
  close(): void;
}

const unavailable: KeyValueDb = {
  available: false,
  get: async () => undefined,
  put: async () => false,
  delete: async () => {},
  close: () => {},
};

function request<T>(make: () => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = make();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** `open` returns the raw factory; it may throw, which is caught here. */
export async function openKeyValueDb(
  open: () => IDBFactory | undefined,
  name = DB_NAME,
): Promise<KeyValueDb> {
  let db: IDBDatabase;
  try {
    const factory = open();
    if (!factory) return unavailable;
    db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(name, 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('the database is blocked by another tab'));
    });
  } catch {
    return unavailable;
  }
  const inStore = <T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T>) =>
    request(() => {
      const transaction = db.transaction(STORE, mode);
      const made = use(transaction.objectStore(STORE));
      // Committed now, not when the page next returns to its event loop: a write made as the page
      // is left (pagehide, a reload) was otherwise aborted with the closing connection, and an
      // object sent just before a reload was gone after it.
      // (`commit` is missing in browsers older than IndexedDB 3.0; those commit as before.)
      if (mode === 'readwrite') transaction.commit?.();
      return made;
    });
  return {
    available: true,
    async get(key) {
      try {
        return await inStore('readonly', (s) => s.get(key));
      } catch {
        return undefined;
      }
    },
    async put(key, value) {
      try {
        await inStore('readwrite', (s) => s.put(value, key));
        return true;
      } catch {
        return false;
      }
    },
    async delete(key) {
      try {
        await inStore('readwrite', (s) => s.delete(key));
      } catch {
        // Nothing to delete from a store that cannot be reached.
      }
    },
    close: () => db.close(),
  };
}

let pageDb: Promise<KeyValueDb> | undefined;

/** The page's IndexedDB store, guarded; one per page. */
export function browserKeyValueDb(): Promise<KeyValueDb> {
  pageDb ??= openKeyValueDb(() => globalThis.indexedDB);
  return pageDb;
}

/** Deletes the page's database ("Reset workspace"); never throws. */
export async function deleteBrowserDb(): Promise<void> {
  try {
    const factory = globalThis.indexedDB;
    // An open connection would block the deletion; later writes (a save on leaving) go nowhere.
    (await pageDb)?.close();
    pageDb = Promise.resolve(unavailable);
    await new Promise<void>((resolve) => {
      const req = factory.deleteDatabase(DB_NAME);
      req.onsuccess = () => resolve();
      req.onerror = () => resolve();
      req.onblocked = () => resolve();
    });
  } catch {
    // Storage blocked: there is nothing saved to delete.
  }
}

/** A key-value store kept in memory (tests, and Node). */
export function memoryKeyValueDb(): KeyValueDb & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    available: true,
    data,
    get: async (key) => structuredClone(data.get(key)),
    put: async (key, value) => {
      data.set(key, structuredClone(value));
      return true;
    },
    delete: async (key) => void data.delete(key),
    close: () => {},
  };
}
