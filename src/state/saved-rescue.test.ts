import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../worker/host.ts';
import { bootPlayground } from './bootstrap.ts';
import { STORAGE_KEY } from './persistence.ts';
import { DEFAULT_DRAFT } from './request-draft.ts';
import { BACKUP_KEY, rescueSaved } from './saved-rescue.ts';
import type { Baseline } from './share-dto.ts';
import { guardStorage, memoryStorage } from './storage/index.ts';
import { DEFAULT_SETUP } from './store.ts';
import { testBootEnv } from './testing/boot-env.ts';

const baseline: Baseline = { policyText: 'default policy', setup: { bucket: 'test-bucket' } };
const baselineOf = () => baseline;
const keyId = '1234abcd-12ab-34cd-56ef-1234567890ab';

describe('rescuing saved work field by field', () => {
  const cases = [
    {
      name: 'a policy that is not text is dropped, the request is kept',
      saved: { v: 1, policy: 42, request: { key: 'kept.txt' } },
      policyText: 'default policy',
      key: 'kept.txt',
      dropped: [/policy text/],
    },
    {
      name: 'one bad request field is dropped, the others are kept',
      saved: { v: 1, policy: 'mine', request: { key: 'kept.txt', operation: 'Explode', https: false } },
      policyText: 'mine',
      key: 'kept.txt',
      dropped: [/request's "operation"/],
    },
    {
      name: 'an unknown field is named and the rest is kept',
      saved: { v: 1, policy: 'mine', extra: true },
      policyText: 'mine',
      key: DEFAULT_DRAFT.key,
      dropped: [/unknown field "extra"/],
    },
  ];
  it.each(cases)('$name', ({ saved, policyText, key, dropped }) => {
    const rescue = rescueSaved(JSON.stringify(saved), baselineOf);
    expect(rescue.workspace?.policyText).toBe(policyText);
    expect(rescue.workspace?.draft.key).toBe(key);
    expect(rescue.dropped).toEqual(dropped.map((pattern) => expect.stringMatching(pattern)));
  });

  it('keeps the valid set-up fields and drops the bad one', () => {
    const rescue = rescueSaved(
      JSON.stringify({
        v: 1,
        setup: {
          bucket: 'test-bucket',
          versioning: 'Sometimes',
          kmsKeys: [{ id: keyId, alias: 'alias/demo' }],
        },
      }),
      baselineOf,
    );
    expect(rescue.workspace?.setup).toEqual({
      bucket: 'test-bucket',
      kmsKeys: [{ id: keyId, alias: 'alias/demo' }],
    });
    expect(rescue.dropped).toEqual([expect.stringMatching(/set-up's "versioning"/)]);
  });

  it.each([
    { name: 'text that is not JSON', text: '{oops', reason: /not JSON/ },
    { name: 'a value that is not an object', text: '[1,2]', reason: /not an object/ },
    { name: 'a newer format', text: '{"v":9,"policy":"x"}', reason: /newer version/ },
  ])('keeps nothing from $name, and says why', ({ text, reason }) => {
    const rescue = rescueSaved(text, baselineOf);
    expect(rescue.workspace).toBeUndefined();
    expect(rescue.dropped.join()).toMatch(reason);
  });

  it('reads whole saved work with nothing dropped', () => {
    const rescue = rescueSaved(JSON.stringify({ v: 1, policy: 'mine' }), baselineOf);
    expect(rescue).toEqual({
      workspace: { policyText: 'mine', setup: baseline.setup, draft: DEFAULT_DRAFT },
      dropped: [],
    });
  });
});

describe('start-up with saved work that has one bad field', () => {
  it('restores the rest, names what was dropped, and keeps the raw text under the backup key', async () => {
    const raw = JSON.stringify({ v: 1, policy: 'my policy', request: { key: 'mine.txt', https: 'yes' } });
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const started = bootPlayground(testBootEnv(guardStorage(() => storage)), { engine: createEngineHost() });
    await started.ready;
    const state = started.store.getState();
    expect(state.policyText).toBe('my policy');
    expect(state.draft.key).toBe('mine.txt');
    expect(state.draft.https).toBe(DEFAULT_DRAFT.https);
    expect(state.loadNotice?.message).toMatch(/request's "https".*The rest is restored.*workspace-backup/);
    expect(storage.getItem(BACKUP_KEY)).toBe(raw);
    expect(state.setup).toEqual(DEFAULT_SETUP);
  });
});
