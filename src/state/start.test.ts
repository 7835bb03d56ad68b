import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from './persistence.ts';
import { DEFAULT_DRAFT } from './request-draft.ts';
import { shareHash } from './share-link.ts';
import { startNeedsLessons } from './start.ts';
import { guardStorage, memoryStorage } from './storage/index.ts';
import { DEFAULT_POLICY, DEFAULT_SETUP } from './store.ts';

const storage = (saved?: string) =>
  guardStorage(() => memoryStorage(saved === undefined ? {} : { [STORAGE_KEY]: saved }));

const workspace = (lesson?: string) => ({
  policyText: DEFAULT_POLICY,
  setup: DEFAULT_SETUP,
  draft: DEFAULT_DRAFT,
  ...(lesson ? { lesson } : {}),
});
const baseline = { policyText: DEFAULT_POLICY, setup: DEFAULT_SETUP };

describe('whether the start needs the lesson catalog', () => {
  it.each([
    { name: 'a plain start does not', hash: '', saved: undefined, expected: false },
    { name: 'a #lesson= link does', hash: '#lesson=https-only-policy', saved: undefined, expected: true },
    {
      name: 'a share link made outside a lesson does not',
      hash: shareHash(workspace(), baseline, false),
      saved: undefined,
      expected: false,
    },
    {
      name: 'a share link made inside a lesson does',
      hash: shareHash(workspace('x-lesson'), baseline, false),
      saved: undefined,
      expected: true,
    },
  ])('$name', ({ hash, saved, expected }) => {
    expect(startNeedsLessons({ hash, storage: storage(saved) })).toBe(expected);
  });
});
