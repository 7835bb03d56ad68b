import { afterAll, describe, expect, it } from 'vitest';
import { lintProbes } from './lint-probe.ts';

/**
 * Storage throws when the browser blocks site data, so every access goes through the one guarded
 * module src/state/storage/browser-storage.ts (issue 12 "the page always comes up"). Biome enforces it: these cases
 * lint a probe file in several folders and read the diagnostics back.
 */
const { lint, cleanUp } = lintProbes();
afterAll(cleanUp);

const accesses = [
  {
    name: 'localStorage in the UI',
    folder: 'src/ui',
    source: "export const x = localStorage.getItem('k');\n",
  },
  {
    name: 'sessionStorage in the store',
    folder: 'src/state',
    source: 'export const x = sessionStorage.length;\n',
  },
  { name: 'indexedDB in the UI', folder: 'src/ui', source: "export const x = indexedDB.open('db');\n" },
  {
    name: 'localStorage in another file of the storage folder',
    folder: 'src/state/storage',
    source: "export const x = localStorage.getItem('k');\n",
  },
  {
    name: 'BroadcastChannel in the store',
    folder: 'src/state',
    source: "export const x = new BroadcastChannel('c');\n",
  },
  {
    name: 'indexedDB in the engine',
    folder: 'src/engine',
    source: "export const x = indexedDB.open('db');\n",
  },
];

describe('the storage boundary lint rule', () => {
  it.each(accesses)('reports $name as an error', ({ folder, source }) => {
    expect(lint(folder, source)).toMatch(/lint\/style\/noRestrictedGlobals/);
  });

  it('allows storage inside the guarded module', () => {
    const source = "export const x = localStorage.getItem('k') ?? indexedDB.open('db');\n";
    expect(lint('src/state/storage', source, 'browser-storage.ts')).toBe('');
  });
});
