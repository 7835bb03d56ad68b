import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The suites are copied from ../shared/conformance (the reference the team shares); the copies
// must stay byte-identical. The shared folder is absent outside the workplace, so then nothing is compared.
const shared = new URL('../../../shared/conformance/', import.meta.url);
const copies = new URL('./conformance/', import.meta.url);
const sharedFiles = existsSync(shared)
  ? readdirSync(shared)
      .filter((name) => name.endsWith('.json'))
      .sort()
  : [];

describe.skipIf(sharedFiles.length === 0)('the conformance copies match ../shared/conformance', () => {
  it('holds the same files', () => {
    expect(
      readdirSync(copies)
        .filter((name) => name.endsWith('.json'))
        .sort(),
    ).toEqual(sharedFiles);
  });

  it.each(sharedFiles)('%s is byte-identical', (name) => {
    expect(readFileSync(new URL(name, copies)).equals(readFileSync(new URL(name, shared)))).toBe(true);
  });
});
