import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/**
 * Lint rules checked by probing: write a file into a folder, run Biome on it, read its console
 * report back (its JSON reporter drops the configured reason of a restricted global). Call
 * `cleanUp` after the tests.
 */
export function lintProbes() {
  const probes: string[] = [];
  return {
    lint(folder: string, source: string, name = 'probe.ts'): string {
      const dir = mkdtempSync(join(root, folder, 'lint-probe-'));
      probes.push(dir);
      const file = join(dir, name);
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
    },
    cleanUp() {
      for (const dir of probes) rmSync(dir, { recursive: true, force: true });
    },
  };
}
