#!/usr/bin/env node
/**
 * The first load's weight: the JS and CSS a browser fetches for dist/index.html before anything
 * lazy (Monaco, panels opened later, the engine's worker) — the entry script, its static imports,
 * module preloads and style sheets — gzipped (level 9) and added up. Fails above the budget
 * (issue 10: at most 150 KiB). Run after a build: `npm run build && npm run size`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// Issue 10: at most 150 KiB gzip before Monaco.
const BUDGET_KIB = 150;
const dist = process.argv[2] ?? 'dist';
const indexPath = join(dist, 'index.html');
if (!existsSync(indexPath)) {
  console.error(`${indexPath} is missing: build first (npm run build).`);
  process.exit(2);
}

const html = readFileSync(indexPath, 'utf8');
const queue = [];
for (const match of html.matchAll(/<(script|link)\b[^>]*>/g)) {
  const tag = match[0];
  const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
  if (!url || /^[a-z]+:/i.test(url)) continue;
  const isScript = match[1] === 'script' && /type="module"/.test(tag);
  const isLink = match[1] === 'link' && /rel="(modulepreload|stylesheet)"/.test(tag);
  if (isScript || isLink) queue.push(normalize(join(dist, url)));
}

/** Static imports only: `import(...)` and `new URL(..., import.meta.url)` load later, if at all. */
const STATIC_IMPORT = /\bimport\s*(?:[{*][^;()]*?from\s*|[\w$]+\s*from\s*|)(["'])(\.\.?\/[^"']+)\1/g;

const seen = new Map();
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  const bytes = readFileSync(file);
  seen.set(file, gzipSync(bytes, { level: 9 }).length);
  if (!file.endsWith('.js')) continue;
  for (const match of bytes.toString('utf8').matchAll(STATIC_IMPORT))
    queue.push(normalize(join(dirname(file), match[2])));
}

const files = [...seen].map(([file, gzip]) => ({ file: relative(dist, file), gzipBytes: gzip }));
const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
const kib = Math.round((total / 1024) * 10) / 10;
console.log(JSON.stringify({ initialGzipKiB: kib, budgetKiB: BUDGET_KIB, files }));
if (kib > BUDGET_KIB) {
  console.error(`The first load is ${kib} KiB gzip, over the ${BUDGET_KIB} KiB budget.`);
  process.exit(1);
}
