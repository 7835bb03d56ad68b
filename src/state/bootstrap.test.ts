import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../worker/host.ts';
import { bootPlayground, storageBlockedNotice } from './bootstrap.ts';
import { STORAGE_KEY } from './persistence.ts';
import { DEFAULT_DRAFT } from './request-draft.ts';
import { shareHash } from './share-link.ts';
import { guardStorage, memoryStorage, type SavedStore } from './storage/index.ts';
import { DEFAULT_POLICY, DEFAULT_SETUP } from './store.ts';
import { testBootEnv } from './testing/boot-env.ts';

function boot(storage: SavedStore) {
  return bootPlayground(testBootEnv(storage), { engine: createEngineHost() });
}

describe('start-up with the browser storage', () => {
  it('comes up with defaults and says once that nothing is saved when storage is blocked', async () => {
    const started = boot(
      guardStorage(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    );
    await started.ready;
    const state = started.store.getState();
    expect(state.worldStatus).toBe('ready');
    expect(state.storageNotice).toBe(storageBlockedNotice('SecurityError: The operation is insecure.'));
    expect(state.loadNotice).toBeNull();
    const stop = started.persist();
    stop();
  });

  it('says nothing about storage when it works', async () => {
    const started = boot(guardStorage(() => memoryStorage()));
    await started.ready;
    expect(started.store.getState().storageNotice).toBeNull();
  });

  it('says so when saving stops working later (a full quota)', async () => {
    let writes = 0;
    const raw = memoryStorage();
    const storage = guardStorage(() => ({
      ...raw,
      length: 0,
      setItem: (key: string, value: string) => {
        if (++writes > 1) throw new DOMException('full', 'QuotaExceededError');
        raw.setItem(key, value);
      },
    }));
    const started = boot(storage);
    await started.ready;
    const stop = started.persist();
    storage.write(STORAGE_KEY, '{}');
    expect(started.store.getState().storageNotice).toContain('QuotaExceededError: full');
    stop();
  });
});

describe('the Start here panel on a first visit', () => {
  const link = shareHash(
    { policyText: 'a shared policy', setup: DEFAULT_SETUP, draft: DEFAULT_DRAFT },
    { policyText: DEFAULT_POLICY, setup: DEFAULT_SETUP },
    false,
  );
  it.each([
    { name: 'a plain address shows it', hash: '', shown: true },
    { name: 'a share link does not: its reader came to see the shared work', hash: link, shown: false },
    { name: 'a lesson link does not', hash: '#lesson=01-sse-s3-basics', shown: false },
    { name: 'a damaged share link shows it over the defaults', hash: '#s=not-a-link', shown: true },
  ])('$name', async ({ hash, shown }) => {
    const started = bootPlayground(
      testBootEnv(
        guardStorage(() => memoryStorage()),
        { hash },
      ),
      {
        engine: createEngineHost(),
      },
    );
    await started.ready;
    expect(started.store.getState().startHere).toBe(shown);
  });
});
