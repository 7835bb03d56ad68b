import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Some suites are copied from ../shared/conformance (the reference the team shares); those copies
// must stay byte-identical. The folder also holds the project's own suites, which have no shared
// original. The shared folder is absent outside the workplace, so then nothing is compared.
const shared = new URL('../../../shared/conformance/', import.meta.url);
const copies = new URL('./conformance/', import.meta.url);
const sharedFiles = existsSync(shared)
  ? readdirSync(shared)
      .filter((name) => name.endsWith('.json'))
      .sort()
  : [];

describe.skipIf(sharedFiles.length === 0)('the conformance copies match ../shared/conformance', () => {
  it('holds a copy of every shared suite', () => {
    const held = readdirSync(copies).filter((name) => name.endsWith('.json'));
    expect(sharedFiles.filter((name) => !held.includes(name))).toEqual([]);
  });

  it.each(sharedFiles)('%s is byte-identical', (name) => {
    expect(readFileSync(new URL(name, copies)).equals(readFileSync(new URL(name, shared)))).toBe(true);
  });
});
