import { afterAll, describe, expect, it } from 'vitest';
import { lintProbes } from './lint-probe.ts';

/**
 * Storage throws when the browser blocks site data, so every access goes through the guarded
 * module src/state/storage (issue 12 "the page always comes up"). Biome enforces it: these cases
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
    expect(lint('src/state/storage', "export const x = localStorage.getItem('k');\n")).toBe('');
  });
});
