/**
 * The one place that touches `localStorage`. A browser set to "Don't allow sites to save data"
 * throws a SecurityError on the mere read of `window.localStorage`; a full quota throws on
 * `setItem`. Both become values here, so start-up and saving never throw.
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

/** A storage kept in memory (tests, and the Node CLI). */
export function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, String(value)),
  };
}
