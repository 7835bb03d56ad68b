import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Storage throws when the browser blocks site data, so every access goes through the guarded
 * module src/state/storage (issue 12 "the page always comes up"). Biome enforces it: these cases
 * lint a probe file in several folders and read the diagnostics back.
 */
const root = join(import.meta.dirname, '..', '..');
const probes: string[] = [];
afterAll(() => {
  for (const dir of probes) rmSync(dir, { recursive: true, force: true });
});

function lint(folder: string, source: string): string {
  const dir = mkdtempSync(join(root, folder, 'lint-probe-'));
  probes.push(dir);
  const file = join(dir, 'probe.ts');
  writeFileSync(file, source);
  try {
    execFileSync(join(root, 'node_modules', '.bin', 'biome'), ['lint', '--colors=off', file], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout: string; stderr: string };
    return `${stdout}${stderr}`;
  }
}

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
