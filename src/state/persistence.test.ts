import { describe, expect, it } from 'vitest';
import { md5Base64 } from '../engine/index.ts';
import { persistWorkspace, STORAGE_KEY } from './persistence.ts';
import { unpackJson } from './share-codec.ts';
import { DEFAULT_POLICY, DEFAULT_SETUP } from './store.ts';
import { testStore } from './testing/test-store.ts';
import { readPrefs } from './ui-prefs.ts';

function harness() {
  const store = testStore();
  const written: Record<string, string> = {};
  const hashes: string[] = [];
  const persistence = persistWorkspace(
    store,
    {
      storage: {
        write: (key, value) => {
          written[key] = value;
          return true;
        },
      },
      replaceHash: (hash) => void hashes.push(hash),
      currentHash: () => hashes.at(-1) ?? '',
      baseline: () => ({ policyText: DEFAULT_POLICY, setup: DEFAULT_SETUP }),
      lessonId: () => undefined,
    },
    60_000,
  );
  return { store, written, hashes, persistence };
}

describe('saving the workspace', () => {
  it('writes nothing until the change settles, and everything when the page is left', () => {
    const { store, written, hashes, persistence } = harness();
    store.getState().setDraft({ key: 'saved.txt' });
    expect(written[STORAGE_KEY]).toBeUndefined();
    persistence.flush();
    expect(JSON.parse(written[STORAGE_KEY] ?? '{}')).toEqual({ v: 1, request: { key: 'saved.txt' } });
    const hash = hashes.at(-1) ?? '';
    expect(unpackJson(hash.replace('#s=', ''))).toEqual({
      ok: true,
      value: { v: 1, request: { key: 'saved.txt' } },
    });
    persistence.stop();
  });

  it.each([
    { name: 'without "include keys" the SSE-C key and its MD5 are blanked', includeKeys: false, stored: '' },
    { name: 'with "include keys" the SSE-C key is kept', includeKeys: true, stored: 'S0VZ' },
  ])('$name', ({ includeKeys, stored }) => {
    // Typing the key computes its MD5 (sse-c-key.ts); the MD5 goes wherever the key goes.
    const md5 = stored === '' ? '' : md5Base64(new TextEncoder().encode('KEY'));
    const { store, written, persistence } = harness();
    store.getState().setIncludeKeys(includeKeys);
    store.getState().setHeaders([{ name: 'x-amz-server-side-encryption-customer-key', value: 'S0VZ' }]);
    persistence.flush();
    const saved = JSON.parse(written[STORAGE_KEY] ?? '{}');
    expect(saved.request.headers).toEqual([
      { name: 'x-amz-server-side-encryption-customer-key', value: stored },
      { name: 'x-amz-server-side-encryption-customer-key-md5', value: md5 },
    ]);
    persistence.stop();
  });

  it('clears the address bar when nothing differs from the defaults', () => {
    const { store, hashes, persistence } = harness();
    store.getState().setDraft({ key: 'x' });
    store.getState().setDraft({ key: 'report.txt' });
    persistence.flush();
    expect(hashes.at(-1)).toBe('');
    persistence.stop();
  });
});

describe('remembered display preferences', () => {
  const fallback = { theme: 'light', largeText: false, startHereSeen: false } as const;
  it.each([
    { name: 'nothing stored gives the fallback', stored: null, expected: fallback },
    {
      name: 'a stored dark theme and large text are used',
      stored: '{"theme":"dark","largeText":true}',
      expected: { theme: 'dark', largeText: true, startHereSeen: false },
    },
    {
      name: 'a dismissed "Start here" stays dismissed',
      stored: '{"theme":"light","largeText":false,"startHereSeen":true}',
      expected: { theme: 'light', largeText: false, startHereSeen: true },
    },
    { name: 'unreadable text gives the fallback', stored: '{oops', expected: fallback },
    {
      name: 'unknown values are ignored field by field',
      stored: '{"theme":"neon","largeText":true}',
      expected: { theme: 'light', largeText: true, startHereSeen: false },
    },
  ])('$name', ({ stored, expected }) => {
    expect(readPrefs(stored, fallback)).toEqual(expected);
  });
});
