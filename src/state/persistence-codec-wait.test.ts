/**
 * Changes made while the share-link codec is still loading (codec-loader.ts) are written to the
 * address once it arrives: one write with the state of that moment, not one write per change, and
 * none after the persistence stopped. A codec that fails to load leaves the address as it was.
 * Fresh modules per case, so the codec starts unloaded (the set-up file loads it for other tests).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

async function harness(codecArrives: Promise<void>) {
  vi.resetModules();
  vi.doMock('./share-codec.ts', async () => {
    await codecArrives;
    return vi.importActual('./share-codec.ts');
  });
  const loader = await import('./codec-loader.ts');
  const { persistWorkspace } = await import('./persistence.ts');
  const { DEFAULT_POLICY, DEFAULT_SETUP } = await import('./store.ts');
  const { testStore } = await import('./testing/test-store.ts');
  const store = testStore();
  const hashes: string[] = [];
  const persistence = persistWorkspace(
    store,
    {
      storage: { write: () => true },
      replaceHash: (hash) => void hashes.push(hash),
      currentHash: () => hashes.at(-1) ?? '',
      baseline: () => ({ policyText: DEFAULT_POLICY, setup: DEFAULT_SETUP }),
      lessonId: () => undefined,
    },
    0,
  );
  // Resolves once the codec has arrived or failed, and the writes waiting for it have run.
  const codecSettled = async () => {
    await loader.loadCodec().catch(() => undefined);
    await settle();
  };
  return { store, hashes, persistence, codecSettled };
}

describe('the address while the share-link codec loads', () => {
  afterEach(() => {
    vi.doUnmock('./share-codec.ts');
  });

  it('gets one write, with the last change, however many changes came before the codec', async () => {
    let arrive = () => {};
    const { store, hashes, persistence, codecSettled } = await harness(
      new Promise<void>((r) => (arrive = r)),
    );
    for (const key of ['a.txt', 'b.txt', 'c.txt']) {
      store.getState().setDraft({ key });
      await settle();
    }
    expect(hashes).toEqual([]);
    arrive();
    await codecSettled();
    expect(hashes).toHaveLength(1);
    const { unpackJson } = await import('./share-codec.ts');
    expect(unpackJson(hashes[0]!.slice('#s='.length))).toMatchObject({
      ok: true,
      value: { request: { key: 'c.txt' } },
    });
    persistence.stop();
  });

  it.each([
    { name: 'the persistence stopped before the codec came', stop: true, codec: 'arrives' },
    { name: 'the codec failed to load', stop: false, codec: 'fails' },
  ])('writes nothing to the address when $name', async ({ stop, codec }) => {
    let settleCodec = () => {};
    const gate = new Promise<void>((resolve, reject) => {
      settleCodec = codec === 'arrives' ? resolve : () => reject(new Error('chunk missing'));
    });
    const { store, hashes, persistence, codecSettled } = await harness(gate);
    store.getState().setDraft({ key: 'a.txt' });
    await settle();
    if (stop) persistence.stop();
    settleCodec();
    await codecSettled();
    expect(hashes).toEqual([]);
    persistence.stop();
  });
});
