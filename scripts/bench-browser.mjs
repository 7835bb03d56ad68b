#!/usr/bin/env node
/**
 * `npm run bench:browser`: builds the app, serves dist/ on a loopback port, and in Debian's
 * Chromium uploads a 50 MiB file with PutObject and reads it back with GetObject, as a person would
 * (file input, Send request). Prints one JSON line:
 *   {"longestTaskMs": …, "putMs": …, "getMs": …}
 * longestTaskMs is the longest main-thread task during the round trip (PerformanceObserver
 * "longtask" entries, which the browser reports from 50 ms; 0 means none reached 50 ms); putMs and
 * getMs run from the click to the answer on screen. A figure to read, never a test's pass mark.
 */
import { spawnSync } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';

const MIB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_BROWSER_MIB ?? 50) * MIB;
const dist = 'dist';

const log = (...args) => console.error('[bench:browser]', ...args);

if (process.env.BENCH_BROWSER_NO_BUILD !== '1') {
  log('building…');
  const built = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** A static server for dist/ on 127.0.0.1 only, on a port the system picks. */
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(normalize(dist)) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const folder = mkdtempSync(join(tmpdir(), 'bench-browser-'));
const upload = join(folder, 'upload.bin');
// Random bytes: binary data, as a real upload of that size would be (and no compression help).
const bytes = Buffer.alloc(SIZE);
for (let at = 0; at < SIZE; at += 65536) randomFillSync(bytes, at, Math.min(65536, SIZE - at));
writeFileSync(upload, bytes);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks.push({ start: Math.round(entry.startTime), ms: Math.round(entry.duration) });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  const send = page.getByRole('button', { name: 'Send request' });
  await page.waitForFunction(() => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Send request');
    return button !== undefined && !button.disabled;
  });
  await page.getByLabel('Or send a file from disk:').setInputFiles(upload);
  await page.getByText('Sending the file').waitFor();

  const answered = (text) =>
    page.waitForFunction(
      (expected) => document.querySelector('[aria-label="Last answer"]')?.textContent?.includes(expected),
      text,
      { polling: 20, timeout: 300_000 },
    );
  // Only the round trip counts: loading the page is not part of it.
  await page.evaluate(() => {
    window.__longTasks = [];
  });
  const marks = {};
  const mark = async (name) => {
    marks[name] = Math.round(await page.evaluate(() => performance.now()));
  };
  await mark('putClick');
  let started = Date.now();
  await send.click();
  await answered('PutObject → 200');
  const putMs = Date.now() - started;
  await mark('putAnswered');

  await page.getByLabel('Operation').selectOption('GetObject');
  await mark('getClick');
  started = Date.now();
  await send.click();
  await answered('GetObject → 200');
  const getMs = Date.now() - started;
  await mark('getAnswered');
  await page
    .getByText(/Data: 50\.0 MiB|Data: [\d.]+ MiB/)
    .first()
    .waitFor();
  // Let a long task that is still running be reported.
  await page.waitForTimeout(200);
  const tasks = await page.evaluate(() => window.__longTasks);
  const longestTaskMs = Math.max(0, ...tasks.map((task) => task.ms));
  if (process.env.BENCH_BROWSER_DEBUG === '1') log(JSON.stringify({ marks, tasks }));
  log(`${tasks.length} long task(s) of 50 ms or more during the round trip of ${SIZE / MIB} MiB`);
  console.log(JSON.stringify({ longestTaskMs, putMs, getMs }));
} finally {
  await browser.close();
  server.close();
  rmSync(folder, { recursive: true, force: true });
}
