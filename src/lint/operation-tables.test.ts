import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../engine/index.ts';

/**
 * "One source of truth" (issue 10): the engine's operation catalog is the only table of operations.
 * A list or a map of two or more operation names written next to each other in src/state, src/ui,
 * src/cli, the scenario module or the engine's S3 pipeline, policy context and world is a second table that drifts (header-hints.ts had drifted from the
 * pipeline on which operations refuse an SSE header). Tests are exempt: they name cases.
 */
const root = join(import.meta.dirname, '..');
const layers = [
  'state',
  'ui',
  'cli',
  'engine/scenario',
  'engine/s3',
  'engine/policy/context',
  'engine/world',
];
/**
 * The catalog's own rows, and the handler registry that joins one handler to each operation (a
 * registry, not a rule: adding an operation adds a row to both, and the types check they agree).
 */
const catalog = new Set(['engine/s3/operation-entries.ts', 'engine/s3/operations/index.ts']);

const names = OPERATIONS.map((op) => op.replace(':', '\\:')).join('|');
/** An operation as a string literal or as an object key. */
const token = `(?:['"\`](?:${names})['"\`]|\\b(?:${names})\\s*:)`;
/** Two of them with only table punctuation and plain values between: `'A', 'B'` or `A: 'x', B: 'y'`. */
const table = new RegExp(`${token}(?:[\\s,:]|'[^'\\n]*'|"[^"\\n]*"|\\w)*?${token}`);

const stripComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('operation tables outside the engine catalog', () => {
  it.each([
    {
      name: 'an array of operations',
      text: "const X: Operation[] = ['PutObject', 'UploadPart'];",
      found: true,
    },
    {
      name: 'a map keyed by operation',
      text: "const M = {\n  PutObject: 'PUT',\n  GetObject: 'GET',\n};",
      found: true,
    },
    { name: 'KMS operations', text: "['kms:CreateKey', 'kms:DisableKey']", found: true },
    { name: 'one operation compared', text: "if (op === 'PutObject') return;", found: false },
    {
      name: 'two requests in a row',
      text: "send({ operation: 'PutObject' });\nsend({ operation: 'GetObject' });",
      found: false,
    },
  ])('the detector finds $name: $found', ({ text, found }) => {
    expect(table.test(stripComments(text))).toBe(found);
  });

  it.each(layers)('src/%s keeps no table of operations: it asks the catalog', (layer) => {
    const offenders = sources(join(root, layer))
      .filter((file) => table.test(stripComments(readFileSync(file, 'utf8'))))
      .map((file) => relative(root, file))
      .filter((file) => !catalog.has(file));
    expect(offenders).toEqual([]);
  });
});
