/** Storage kept in memory, in the shapes of the browser's (tests, and the Node CLI): no browser storage here. */
import type { KeyValueDb } from './browser-storage.ts';

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

/** A key-value store kept in memory (tests, and Node). */
export function memoryKeyValueDb(): KeyValueDb & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    available: true,
    data,
    get: async (key) =>
      data.has(key) ? { kind: 'found', value: structuredClone(data.get(key)) } : { kind: 'none' },
    put: async (key, value) => {
      data.set(key, structuredClone(value));
      return true;
    },
    delete: async (key) => void data.delete(key),
    close: () => {},
  };
}
