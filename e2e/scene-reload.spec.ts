import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';
import { putSavedScene, savedOperations, savedSettled } from './pages/saved-scene.ts';

/** Issue 8 "the scene survives a reload": objects, versions, the audit log and the last answer. */

test('objects, versions, a KMS key made in the page, a multipart upload, the audit log and the last answer survive a reload', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await playground.enableVersioning();
  await playground.createKey('alias/scene');
  await playground.setObjectKey('kept.txt');
  await playground.chooseEncryption('SSE-KMS');
  await playground.chooseRequestKmsKey('alias/scene (Enabled)');
  await playground.sendAndExpect(200);
  await playground.sendAndExpect(200);
  await playground.chooseEncryption('Bucket default');
  await playground.uploadInParts('video.mp4');
  await playground.setObjectKey('kept.txt');
  await playground.chooseOperation('GetObject');
  await playground.sendAndExpect(200);
  await playground.showTab('Objects');
  const objects = page.getByRole('tabpanel', { name: 'Objects' });
  await expect(objects).toContainText('video.mp4');
  const objectsBefore = await objects.textContent();
  await playground.showTab('Audit log');
  const audit = page.getByRole('tabpanel', { name: 'Audit log' });
  await expect(audit).toContainText('Decrypt');
  const auditBefore = await audit.textContent();
  await playground.showTab('Response');
  const answerBefore = await playground.responseRegion.textContent();
  const keyBefore = await playground.kmsKey('alias/scene').textContent();
  // The scene is saved a moment after the last change.
  await expect.poll(() => savedOperations(page)).toContain('send GetObject kept.txt');

  await page.reload();
  await expect(playground.sendButton).toBeEnabled({ timeout: 20_000 });
  await playground.showTab('Response');
  await expect(playground.responseRegion).toContainText(/\b200\b/);
  expect(await playground.responseRegion.textContent()).toBe(answerBefore);
  expect(await playground.kmsKey('alias/scene').textContent()).toBe(keyBefore);
  await playground.showTab('Objects');
  await expect(objects).toContainText('video.mp4');
  expect(await objects.textContent()).toBe(objectsBefore);
  await playground.showTab('Audit log');
  await expect(audit).toContainText('Decrypt');
  expect(await audit.textContent()).toBe(auditBefore);
  await expect(page.getByRole('status').filter({ hasText: 'Not restored' })).toHaveCount(0);
  // The restored world takes new requests (with a key id made before the reload).
  await playground.chooseEncryption('SSE-KMS');
  await playground.chooseRequestKmsKey('alias/scene (Enabled)');
  await playground.chooseOperation('PutObject');
  await playground.sendAndExpect(200);
  // "Reset workspace" asks first, then the objects and the key are gone, also after a reload.
  await page.getByRole('banner').getByRole('button', { name: 'Reset workspace' }).click();
  await page
    .getByRole('alertdialog', { name: 'Reset workspace?' })
    .getByRole('button', { name: 'Yes, reset' })
    .click();
  await expect(playground.sendButton).toBeEnabled({ timeout: 20_000 });
  await expect(playground.kmsRegion).not.toContainText('alias/scene');
  await page.reload();
  await expect(playground.sendButton).toBeEnabled({ timeout: 20_000 });
  await playground.showTab('Objects');
  await expect(page.getByText(/^No objects yet/)).toBeVisible();
  expect(await savedOperations(page)).toEqual([]);
  playground.expectCleanRun();
});

test('an object written with an SSE-C key is not kept without "Include keys", and the notice names it', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await playground.setBucketOption('Block SSE-C writes', false);
  await playground.applyEncryption();
  await playground.setObjectKey('plain.txt');
  await playground.sendAndExpect(200);
  await playground.setObjectKey('secret.txt');
  await playground.chooseEncryption('SSE-C');
  await playground.requestRegion.getByRole('button', { name: 'Generate key' }).click();
  await playground.sendAndExpect(200);
  await expect.poll(() => savedOperations(page)).toContain('withheld PutObject secret.txt');

  await page.reload();
  await expect(playground.sendButton).toBeEnabled({ timeout: 20_000 });
  const notice = page.getByRole('status').filter({ hasText: 'Not restored' });
  await expect(notice).toContainText('"secret.txt"');
  await expect(notice).toContainText('"Include keys"');
  await playground.showTab('Objects');
  const objects = page.getByRole('tabpanel', { name: 'Objects' });
  await expect(objects).toContainText('plain.txt');
  await expect(objects).not.toContainText('secret.txt');
  await page.setViewportSize({ width: 1366, height: 768 });
  await playground.screenshot('scene-not-restored-light-1366');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  // With "Include keys" ticked, the SSE-C write is kept and comes back.
  await page.getByRole('checkbox', { name: /Include keys/ }).check();
  await playground.setObjectKey('secret.txt');
  await playground.chooseEncryption('SSE-C');
  await playground.requestRegion.getByRole('button', { name: 'Generate key' }).click();
  await playground.sendAndExpect(200);
  await expect.poll(() => savedOperations(page)).toContain('send PutObject secret.txt');
  await page.reload();
  await expect(playground.sendButton).toBeEnabled({ timeout: 20_000 });
  await playground.showTab('Objects');
  await expect(objects).toContainText('secret.txt');
  await expect(page.getByRole('status').filter({ hasText: 'Not restored' })).toHaveCount(0);
  playground.expectCleanRun();
});

test('a damaged saved scene opens the page with the saved settings, an empty bucket and a notice naming what is wrong', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await playground.createKey('alias/kept-setting');
  await playground.setObjectKey('one.txt');
  await playground.sendAndExpect(200);
  await expect.poll(() => savedOperations(page)).toContain('send PutObject one.txt');
  await expect.poll(() => savedSettled(page)).toBe(true);
  await putSavedScene(page, { v: 1, seed: 'not bytes', entries: 'nothing' });

  await page.reload();
  await expect(playground.sendButton).toBeEnabled({ timeout: 20_000 });
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('at $.seed: must be an object');
  await expect(notice).toContainText('the bucket starts empty');
  await expect(playground.kmsKey('alias/kept-setting')).toBeVisible();
  await playground.showTab('Objects');
  await expect(page.getByText(/^No objects yet/)).toBeVisible();
  await playground.setObjectKey('two.txt');
  await playground.sendAndExpect(200);
  // Saved first: a save still pending would be made on leaving, over the older file put below.
  await expect.poll(() => savedOperations(page)).toContain('send PutObject two.txt');
  await expect.poll(() => savedSettled(page)).toBe(true);

  // An older format is read the same way: defaults and a notice, never a blank page.
  await putSavedScene(page, { v: 0 });
  await page.reload();
  await expect(playground.sendButton).toBeEnabled({ timeout: 20_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText(
    'older format',
  );
  playground.expectCleanRun();
});

test('an object sent as a file from disk is back after a reload, and reads back with its bytes', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  // Bytes that are not all alike, so a replay that lost or reordered them would show in the ETag.
  const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 131 + (i >>> 9)) & 0xff));
  await playground.requestRegion.getByLabel('Or send a file from disk:').setInputFiles({
    name: 'photo.raw',
    mimeType: 'application/octet-stream',
    buffer: bytes,
  });
  await playground.setObjectKey('photo.raw');
  await playground.sendAndExpect(200);
  await playground.showTab('Objects');
  const objects = page.getByRole('tabpanel', { name: 'Objects' });
  await expect(objects).toContainText('photo.raw');
  const objectsBefore = await objects.textContent();
  await expect.poll(() => savedOperations(page)).toContain('send PutObject photo.raw');

  await page.reload();
  await expect(playground.sendButton).toBeEnabled({ timeout: 20_000 });
  await playground.showTab('Objects');
  await expect(objects).toContainText('photo.raw');
  expect(await objects.textContent()).toBe(objectsBefore);
  await expect(page.getByRole('status').filter({ hasText: 'Not restored' })).toHaveCount(0);
  await playground.setObjectKey('photo.raw');
  await playground.chooseOperation('GetObject');
  await playground.sendAndExpect(200);
  await expect(playground.responseRegion).toContainText('300000');
  playground.expectCleanRun();
});

test('an object sent a moment before a reload is there after it: the save made on leaving is committed at once', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  // Saving has started once a first object is saved (the claim here is the save made on leaving,
  // not the page's first moments, which scene.test.ts covers).
  await playground.setObjectKey('first.txt');
  await playground.sendAndExpect(200);
  await expect.poll(() => savedOperations(page)).toContain('send PutObject first.txt');
  await playground.setObjectKey('just-before.txt');
  await playground.sendAndExpect(200);
  // No wait for the debounced save: the page is left while it is still pending.
  await page.reload();
  await expect(playground.sendButton).toBeEnabled({ timeout: 20_000 });
  await playground.showTab('Objects');
  await expect(page.getByRole('tabpanel', { name: 'Objects' })).toContainText('just-before.txt');
  playground.expectCleanRun();
});
