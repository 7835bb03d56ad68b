import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../worker/host.ts';
import { bootPlayground } from './bootstrap.ts';
import { loadCodec } from './codec-loader.ts';
import { STORAGE_KEY } from './persistence.ts';
import { DEFAULT_DRAFT } from './request-draft.ts';
import type { Baseline, Workspace } from './share-dto.ts';
import { toDto } from './share-dto.ts';
import { guardStorage, memoryStorage } from './storage/index.ts';
import { DEFAULT_POLICY, DEFAULT_SETUP } from './store.ts';
import {
  ownAddresses,
  rememberTabAddresses,
  TAB_ADDRESSES_KEY,
  TAB_ADDRESSES_LIMIT,
} from './tab-addresses.ts';
import { testBootEnv } from './testing/boot-env.ts';

const tabWith = (text: string | null) =>
  guardStorage(() => memoryStorage(text === null ? {} : { [TAB_ADDRESSES_KEY]: text }));

describe('the addresses a tab showed for its saved work', () => {
  it.each([
    { name: 'a first address is kept', before: null, added: ['#s=a'], after: ['#s=a'] },
    { name: 'the empty address says nothing and is not kept', before: null, added: [''], after: [] },
    {
      name: 'an address kept again moves to the end',
      before: '["#s=a","#s=b"]',
      added: ['#s=a'],
      after: ['#s=b', '#s=a'],
    },
    { name: 'unreadable text is started over', before: '{not json', added: ['#s=c'], after: ['#s=c'] },
    {
      name: 'entries that are not text are dropped',
      before: '["#s=a",7,null]',
      added: ['#s=b'],
      after: ['#s=a', '#s=b'],
    },
  ])('$name', ({ before, added, after }) => {
    const tab = tabWith(before);
    rememberTabAddresses(tab, ...added);
    expect(ownAddresses(null, tab)).toEqual(after);
  });

  it(`keeps only the last ${TAB_ADDRESSES_LIMIT}`, () => {
    const tab = tabWith(null);
    for (let i = 0; i < TAB_ADDRESSES_LIMIT + 5; i++) rememberTabAddresses(tab, `#s=${i}`);
    const kept = ownAddresses(null, tab);
    expect(kept).toHaveLength(TAB_ADDRESSES_LIMIT);
    expect(kept[0]).toBe('#s=5');
  });

  it('puts the address a page left behind first, and reads no tab storage as none', () => {
    expect(ownAddresses('#s=left', undefined)).toEqual(['#s=left']);
    expect(ownAddresses(null, undefined)).toEqual([]);
  });
});

const baseline: Baseline = { policyText: DEFAULT_POLICY, setup: DEFAULT_SETUP };
const savedText = (policyText: string) =>
  JSON.stringify(
    toDto({ policyText, setup: DEFAULT_SETUP, draft: DEFAULT_DRAFT } satisfies Workspace, baseline, false),
  );

describe('a reload that outran the address update (the CI failure of scene-reload.spec.ts)', () => {
  /**
   * The page shows the address of its saved work; a change is saved and the address replaced by the
   * debounced write, but the reload had begun and loads the address shown before the change.
   */
  async function editThenReloadOlderAddress() {
    await loadCodec();
    const local = guardStorage(() => memoryStorage({ [STORAGE_KEY]: savedText('my own') }));
    const tab = guardStorage(() => memoryStorage());
    let address = '';
    const first = bootPlayground(
      testBootEnv(local, {
        tabStorage: tab,
        replaceHash: (hash) => {
          address = hash;
        },
        currentHash: () => address,
      }),
      { engine: createEngineHost() },
    );
    await first.ready;
    const stop = first.persist();
    await new Promise((resolve) => setTimeout(resolve, 450));
    const shownBefore = address;
    first.store.getState().setPolicyText('my own, edited');
    await new Promise((resolve) => setTimeout(resolve, 450));
    stop();
    expect(address).not.toBe(shownBefore);
    return { local, tab, shownBefore };
  }

  it('opens the saved work, not the older address beside it, in the same tab', async () => {
    const { local, tab, shownBefore } = await editThenReloadOlderAddress();
    const reloaded = bootPlayground(testBootEnv(local, { tabStorage: tab, hash: shownBefore }), {
      engine: createEngineHost(),
    });
    await reloaded.ready;
    expect(reloaded.store.getState().besideSaved).toBe(false);
    expect(reloaded.store.getState().policyText).toBe('my own, edited');
  });

  it('still opens that older address as a link beside the saved work in another tab', async () => {
    const { local, shownBefore } = await editThenReloadOlderAddress();
    const other = bootPlayground(
      testBootEnv(local, { tabStorage: guardStorage(() => memoryStorage()), hash: shownBefore }),
      {
        engine: createEngineHost(),
      },
    );
    await other.ready;
    expect(other.store.getState().besideSaved).toBe(true);
    expect(other.store.getState().policyText).toBe('my own');
  });
});
