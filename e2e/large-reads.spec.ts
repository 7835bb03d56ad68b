import { writeFileSync } from 'node:fs';
import { expect, test } from './pages/fixtures.ts';
import type { PlaygroundPage } from './pages/playground-page.ts';

/**
 * Objects of more than one 1 MiB segment read back: the engine answers with the decrypted segments
 * as they came (issue 10, peak memory), and the page shows, and client-side decrypts, the whole.
 */

test.beforeEach(async ({ playground }) => {
  await playground.openReady();
});

test.afterEach(({ playground }) => {
  playground.expectCleanRun();
});

/** PutObject of a text file of three segments and a bit, then GetObject of it, both answered 200. */
async function putThenGet(playground: PlaygroundPage, name: string) {
  // From disk: a large buffer is slow through the test protocol.
  const path = test.info().outputPath(name);
  const line = 'segments join without a seam. ';
  writeFileSync(path, `START ${line.repeat(Math.ceil((3 * 1024 * 1024 + 17) / line.length))}`);
  await playground.requestRegion.getByLabel('Or send a file from disk:').setInputFiles(path);
  await playground.setObjectKey(name);
  await playground.sendAndExpect(200);
  await playground.chooseOperation('GetObject');
  await playground.sendAndExpect(200);
}

test('an object of several segments reads back with its size and its first bytes', async ({ playground }) => {
  await putThenGet(playground, 'three.txt');
  await expect(playground.responseRegion).toContainText('Data: 3.0 MiB');
  await expect(playground.responseRegion).toContainText('START segments join without a seam.');
});

test('client-side encryption round-trips an object of several segments', async ({ playground }) => {
  await playground.chooseEncryption('Client-side');
  await playground.requestRegion.getByRole('radio', { name: 'Raw AES key (AES/GCM)' }).check();
  await playground.requestRegion.getByRole('button', { name: 'Generate key' }).click();
  await putThenGet(playground, 'sealed.txt');
  await expect(playground.responseRegion).toContainText(/START segments join without a seam\..*bytes in all/);
});

test('a large GetObject shows its progress, and Cancel stops it with no answer', async ({ playground }) => {
  // From disk: a buffer this size is too slow to pass through the test protocol.
  const path = test.info().outputPath('large.bin');
  writeFileSync(path, Buffer.alloc(48 * 1024 * 1024, 5));
  await playground.requestRegion.getByLabel('Or send a file from disk:').setInputFiles(path);
  await playground.setObjectKey('large.bin');
  await playground.sendAndExpect(200);
  await playground.chooseOperation('GetObject');
  await playground.cancelOnSightOfProgress();
  await playground.sendButton.click();
  await expect(playground.requestRegion.getByText('Cancelled before S3 answered')).toBeVisible({
    timeout: 30_000,
  });
  await expect(playground.sendButton).toBeEnabled();
  await expect(playground.responseRegion).not.toContainText('Data: 48.0 MiB');
});
