/**
 * The one module that touches the browser's storage: `localStorage` (the saved work, small keys)
 * and IndexedDB (the scene: requests and their bodies). A browser set to "Don't allow sites to save
 * data" throws a SecurityError on the mere read of `window.localStorage` or `indexedDB`; a full
 * quota throws on `setItem`; `open` may fail (Firefox private windows) or be blocked. Each becomes
 * a value here (a blocked status, an unavailable store whose reads find nothing and whose writes
 * report false), so start-up and saving never throw. A lint rule denies both globals elsewhere.
 */

/** Every key the playground writes starts with this (so "Reset workspace" removes exactly ours). */
export const KEY_PREFIX = 's3-encryption-playground:';

const PROBE_KEY = `${KEY_PREFIX}probe`;

export type StorageStatus =
  | { kind: 'available' }
  /** Storage cannot be used at all: the page runs without persistence. */
  | { kind: 'blocked'; reason: string };

export interface SavedStore {
  readonly status: StorageStatus;
  read(key: string): string | null;
  /** False when the write failed (storage blocked or full); the caller keeps the work in the page. */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /** Our keys currently stored (those starting with KEY_PREFIX). */
  keys(): string[];
  /** Called once, on the first failed write after start-up (a full quota); returns a remover. */
  onWriteFailure(listener: (reason: string) => void): () => void;
  /** Refuses every later write (a reset is under way: a save on leaving must not bring the work back). */
  seal(): void;
}

const reasonOf = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);

/** `open` returns the raw Storage; it may throw (blocked site data), which is caught here. */
export function guardStorage(open: () => Storage | null | undefined): SavedStore {
  let raw: Storage | undefined;
  let status: StorageStatus;
  try {
    const storage = open();
    if (!storage) throw new Error('this browser has no localStorage');
    // Reading alone can succeed where writing is refused (Safari's old private mode): try both.
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    raw = storage;
    status = { kind: 'available' };
  } catch (error) {
    status = { kind: 'blocked', reason: reasonOf(error) };
  }
  const listeners = new Set<(reason: string) => void>();
  let failed = false;
  let sealed = false;
  return {
    status,
    read(key) {
      try {
        return raw ? raw.getItem(key) : null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      if (!raw || sealed) return false;
      try {
        raw.setItem(key, value);
        return true;
      } catch (error) {
        if (!failed) {
          failed = true;
          for (const listener of listeners) listener(reasonOf(error));
        }
        return false;
      }
    },
    remove(key) {
      try {
        raw?.removeItem(key);
      } catch {
        // Nothing to remove from a storage that cannot be reached.
      }
    },
    keys() {
      if (!raw) return [];
      try {
        const found: string[] = [];
        for (let i = 0; i < raw.length; i++) {
          const key = raw.key(i);
          if (key?.startsWith(KEY_PREFIX)) found.push(key);
        }
        return found;
      } catch {
        return [];
      }
    },
    onWriteFailure(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    seal() {
      sealed = true;
    },
  };
}

let pageStorage: SavedStore | undefined;

/** The page's localStorage, guarded; one per page, so a reset's seal holds for every writer. */
export function browserLocalStorage(): SavedStore {
  pageStorage ??= guardStorage(() => globalThis.localStorage);
  return pageStorage;
}

let tabStorage: SavedStore | undefined;

/** The tab's sessionStorage, guarded: it outlives a reload and is not shared with other tabs. */
export function browserSessionStorage(): SavedStore {
  tabStorage ??= guardStorage(() => globalThis.sessionStorage);
  return tabStorage;
}

/* ---------- IndexedDB ---------- */

export const DB_NAME = 's3-encryption-playground';
const STORE = 'kv';

/** What a read found. `failed`: the value may well be there, so it must not be written over. */
export type DbRead =
  | { kind: 'found'; value: unknown }
  | { kind: 'none' }
  | { kind: 'failed'; reason: string };

export interface KeyValueDb {
  readonly available: boolean;
  get(key: string): Promise<DbRead>;
  put(key: string, value: unknown): Promise<boolean>;
  delete(key: string): Promise<void>;
  close(): void;
}

const unavailable: KeyValueDb = {
  available: false,
  get: async () => ({ kind: 'none' }),
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
        const value = await inStore('readonly', (s) => s.get(key));
        return value === undefined ? { kind: 'none' } : { kind: 'found', value };
      } catch (error) {
        return { kind: 'failed', reason: reasonOf(error) };
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

/* ---------- the other tabs ---------- */

/**
 * The tabs of one browser share its saved work (localStorage, IndexedDB), and the last to save
 * wins: a tab still open with older work would save it over what another tab saved since. So a
 * tab that saves a change of its own tells the others (bootstrap.ts makes a tab told so stop
 * saving and show its work beside the saved work).
 */
export interface TabSaves {
  /** Tells the other tabs this one saved a change. */
  announce(): void;
  /** Calls the listener when another tab saved a change; returns a remover. */
  onOtherTabSaved(listener: () => void): () => void;
}

/** One tab alone (tests, the Node CLI, a browser without BroadcastChannel). */
export const noTabSaves: TabSaves = { announce: () => {}, onOtherTabSaved: () => () => {} };

let pageTabSaves: TabSaves | undefined;

/** The page's channel to the other tabs (a BroadcastChannel never hears its own messages); never throws. */
export function browserTabSaves(): TabSaves {
  if (pageTabSaves) return pageTabSaves;
  let channel: BroadcastChannel;
  try {
    channel = new BroadcastChannel(`${KEY_PREFIX}saves`);
  } catch {
    pageTabSaves = noTabSaves;
    return pageTabSaves;
  }
  pageTabSaves = {
    announce: () => channel.postMessage('saved'),
    onOtherTabSaved: (listener) => {
      const heard = () => listener();
      channel.addEventListener('message', heard);
      return () => channel.removeEventListener('message', heard);
    },
  };
  return pageTabSaves;
}
