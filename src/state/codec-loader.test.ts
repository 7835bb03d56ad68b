/**
 * The share-link codec is out of the first load (issue 10): it loads on demand, and the start loads
 * it before reading a `#s=` address. Each case gets fresh modules, so the codec starts unloaded
 * (the test set-up file loads it for every other test).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { guardStorage, memoryStorage } from './storage/index.ts';

const emptyStorage = guardStorage(() => memoryStorage({}));

const fresh = async () => {
  vi.resetModules();
  return import('./codec-loader.ts');
};

describe('the share-link codec loader', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('has nothing loaded until asked, and refuses a use before the load', async () => {
    const loader = await fresh();
    expect(loader.codecIfLoaded()).toBeUndefined();
    expect(() => loader.loadedCodec()).toThrow(/before loadCodec/);
    const codec = await loader.loadCodec();
    expect(loader.loadedCodec()).toBe(codec);
    expect(await loader.loadCodec()).toBe(codec);
  });

  it.each([
    { hash: '#s=abc.def', holds: true },
    { hash: '#lesson=https-only-policy&s=abc', holds: true },
    { hash: '#lesson=https-only-policy', holds: false },
    { hash: '', holds: false },
  ])('says whether $hash holds a share link ($holds)', async ({ hash, holds }) => {
    const loader = await fresh();
    expect(loader.holdsShareLink(hash)).toBe(holds);
  });

  it('a start at a #s= address loads the codec first, then opens the link', async () => {
    const loader = await fresh();
    const made = await loader.loadCodec();
    const hash = `#s=${made.packJson({ v: 1, draft: { key: 'from-the-link.txt' } })}`;
    vi.resetModules();
    const { startNeedsLessons } = await import('./start.ts');
    const again = await import('./codec-loader.ts');
    expect(again.codecIfLoaded()).toBeUndefined();
    // startNeedsLessons reads the link synchronously: only after the load, as startPlayground does.
    expect(() => startNeedsLessons({ hash, storage: emptyStorage })).toThrow(/before loadCodec/);
    await again.loadCodec();
    expect(startNeedsLessons({ hash, storage: emptyStorage })).toBe(false);
  });

  it('asks again after a load that failed (the chunk did not arrive), instead of keeping the failure', async () => {
    let calls = 0;
    vi.doMock('./share-codec.ts', async () => {
      calls += 1;
      if (calls === 1) throw new Error('chunk missing');
      return vi.importActual('./share-codec.ts');
    });
    try {
      const loader = await fresh();
      await expect(loader.loadCodec()).rejects.toThrow();
      expect(loader.codecIfLoaded()).toBeUndefined();
      await expect(loader.loadCodec()).resolves.toBeDefined();
      expect(calls).toBe(2);
    } finally {
      vi.doUnmock('./share-codec.ts');
    }
  });
});
