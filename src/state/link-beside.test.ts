import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../worker/host.ts';
import { bootPlayground } from './bootstrap.ts';
import { STORAGE_KEY } from './persistence.ts';
import { DEFAULT_DRAFT } from './request-draft.ts';
import type { Baseline, Workspace } from './share-dto.ts';
import { toDto } from './share-dto.ts';
import { opensBesideSaved, shareHash } from './share-link.ts';
import { guardStorage, memoryStorage } from './storage/index.ts';
import { DEFAULT_POLICY, DEFAULT_SETUP } from './store.ts';
import { testBootEnv } from './testing/boot-env.ts';

const baseline: Baseline = { policyText: DEFAULT_POLICY, setup: DEFAULT_SETUP };
const baselineOf = () => baseline;
const workspace = (policyText: string): Workspace => ({
  policyText,
  setup: DEFAULT_SETUP,
  draft: DEFAULT_DRAFT,
});
const savedText = (w: Workspace) => JSON.stringify(toDto(w, baseline, false));

describe('whether a link opens beside the saved work', () => {
  it.each([
    { name: 'nothing saved: the link opens in place', saved: null, beside: false },
    {
      name: 'saved work equal to the defaults: in place',
      saved: savedText(workspace(DEFAULT_POLICY)),
      beside: false,
    },
    {
      name: 'saved work equal to the link: in place',
      saved: savedText(workspace('the link')),
      beside: false,
    },
    { name: 'saved work of its own: beside it', saved: savedText(workspace('my own')), beside: true },
  ])('$name', ({ saved, beside }) => {
    expect(opensBesideSaved(workspace('the link'), saved, baselineOf)).toBe(beside);
  });
});

describe('a share link opened over saved work', () => {
  function boot() {
    const raw = memoryStorage({ [STORAGE_KEY]: savedText(workspace('my own')) });
    const started = bootPlayground(
      testBootEnv(
        guardStorage(() => raw),
        { hash: shareHash(workspace('the link'), baseline, false) },
      ),
      { engine: createEngineHost() },
    );
    return { raw, started };
  }

  it('shows the link and leaves the saved work as it was, even after edits and leaving', async () => {
    const { raw, started } = boot();
    await started.ready;
    const stop = started.persist();
    expect(started.store.getState().policyText).toBe('the link');
    expect(started.store.getState().besideSaved).toBe(true);
    started.store.getState().setPolicyText('edited link');
    await new Promise((resolve) => setTimeout(resolve, 450));
    stop();
    expect(JSON.parse(raw.getItem(STORAGE_KEY) ?? '{}').policy).toBe('my own');
  });

  it('saves the link as the user work once they keep it', async () => {
    const { raw, started } = boot();
    await started.ready;
    const stop = started.persist();
    started.store.getState().setBesideSaved(false);
    await new Promise((resolve) => setTimeout(resolve, 450));
    stop();
    expect(JSON.parse(raw.getItem(STORAGE_KEY) ?? '{}').policy).toBe('the link');
  });
});
