import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

/**
 * Objects of more than one 1 MiB segment read back: the engine answers with the decrypted segments
 * as they came (issue 10, peak memory), and the page shows, and client-side decrypts, the whole.
 */

let playground: PlaygroundPage;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

/** A text file of three segments and a bit, from disk (a large buffer is slow through the test protocol). */
function threeSegmentText(name: string): string {
  const path = test.info().outputPath(name);
  const line = 'segments join without a seam. ';
  writeFileSync(path, `START ${line.repeat(Math.ceil((3 * 1024 * 1024 + 17) / line.length))}`);
  return path;
}

test('an object of several segments reads back with its size and its first bytes', async () => {
  await playground.requestRegion
    .getByLabel('Or send a file from disk:')
    .setInputFiles(threeSegmentText('three.txt'));
  await playground.setObjectKey('three.txt');
  await playground.sendAndExpect(200);
  await playground.chooseOperation('GetObject');
  await playground.sendAndExpect(200);
  await expect(playground.responseRegion).toContainText('Data: 3.0 MiB');
  await expect(playground.responseRegion).toContainText('START segments join without a seam.');
});

test('client-side encryption round-trips an object of several segments', async () => {
  await playground.chooseEncryption('Client-side');
  await playground.requestRegion.getByRole('radio', { name: 'Raw AES key (AES/GCM)' }).check();
  await playground.requestRegion.getByRole('button', { name: 'Generate key' }).click();
  await playground.requestRegion
    .getByLabel('Or send a file from disk:')
    .setInputFiles(threeSegmentText('sealed.txt'));
  await playground.setObjectKey('sealed.txt');
  await playground.sendAndExpect(200);
  await playground.chooseOperation('GetObject');
  await playground.sendAndExpect(200);
  await expect(playground.responseRegion).toContainText(/START segments join without a seam\..*bytes in all/);
});
