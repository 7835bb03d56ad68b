/** Every difference a request can touch has its entry in docs/differences.md, so a note's link leads somewhere. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIFFERENCES } from './catalog.ts';

const doc = readFileSync(new URL('../../../docs/differences.md', import.meta.url), 'utf8');
const headings = new Set([...doc.matchAll(/^### ([a-z0-9-]+)$/gm)].map((m) => m[1]));

describe('the notes of src/engine/differences match docs/differences.md', () => {
  it.each(Object.keys(DIFFERENCES))('%s has a heading of its own', (id) => {
    expect(headings.has(id)).toBe(true);
  });

  it.each(Object.entries(DIFFERENCES))('%s has a one-sentence note', (_id, note) => {
    expect(note.length).toBeLessThan(200);
    expect(note.endsWith('.')).toBe(true);
  });
});
