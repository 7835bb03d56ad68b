import { describe, expect, it } from 'vitest';
import { guardStorage, KEY_PREFIX } from './browser-storage.ts';
import { resetSavedWork } from './index.ts';
import { memoryStorage } from './memory-storage.ts';

const blocked = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

function fullStorage(): Storage {
  const storage = memoryStorage();
  let writes = 0;
  return {
    ...storage,
    get length() {
      return storage.length;
    },
    // The probe at start-up succeeds; later writes hit the quota.
    setItem: (key: string, value: string) => {
      if (++writes > 1) throw new DOMException('quota', 'QuotaExceededError');
      storage.setItem(key, value);
    },
  };
}

describe('the guarded storage', () => {
  it.each([
    { name: 'a browser that throws on reading localStorage', open: blocked },
    { name: 'a browser without localStorage', open: () => undefined },
    {
      name: 'a storage that refuses every write',
      open: () => ({
        ...memoryStorage(),
        setItem: () => {
          throw new DOMException('quota', 'QuotaExceededError');
        },
      }),
    },
  ])('turns $name into a blocked status, and every access into a no-op', ({ open }) => {
    const storage = guardStorage(open as () => Storage);
    expect(storage.status.kind).toBe('blocked');
    expect(storage.read('k')).toBeNull();
    expect(storage.write('k', 'v')).toBe(false);
    expect(() => storage.remove('k')).not.toThrow();
    expect(storage.keys()).toEqual([]);
  });

  it('names the reason the browser gave', () => {
    const storage = guardStorage(blocked);
    expect(storage.status).toEqual({ kind: 'blocked', reason: 'SecurityError: The operation is insecure.' });
  });

  it('reads and writes through a working storage and leaves no probe behind', () => {
    const raw = memoryStorage();
    const storage = guardStorage(() => raw);
    expect(storage.status.kind).toBe('available');
    expect(storage.write(`${KEY_PREFIX}a`, '1')).toBe(true);
    expect(storage.read(`${KEY_PREFIX}a`)).toBe('1');
    expect(raw.length).toBe(1);
  });

  it('reports a failing write once, however many follow', () => {
    const storage = guardStorage(fullStorage);
    const reasons: string[] = [];
    storage.onWriteFailure((reason) => reasons.push(reason));
    expect(storage.write('a', '1')).toBe(false);
    expect(storage.write('b', '2')).toBe(false);
    expect(reasons).toEqual(['QuotaExceededError: quota']);
  });

  it('resets only the playground keys', async () => {
    const raw = memoryStorage({ [`${KEY_PREFIX}workspace`]: '{}', [`${KEY_PREFIX}ui`]: '{}', other: 'x' });
    await resetSavedWork(guardStorage(() => raw));
    expect(raw.length).toBe(1);
    expect(raw.getItem('other')).toBe('x');
  });
});

describe('a reset', () => {
  it('refuses the writes that follow it (the save made when the page is left)', async () => {
    const raw = memoryStorage({ [`${KEY_PREFIX}workspace`]: '{}' });
    const storage = guardStorage(() => raw);
    await resetSavedWork(storage);
    expect(storage.write(`${KEY_PREFIX}workspace`, '{"v":1}')).toBe(false);
    expect(raw.length).toBe(0);
  });
});
