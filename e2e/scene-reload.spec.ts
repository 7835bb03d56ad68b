import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

/** Issue 8 "the scene survives a reload", and "Reset workspace" asks first. */

test('objects, versions, the audit log and the last answer survive a reload; Reset workspace clears them', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await playground.createKey('alias/scene');
  await playground.setObjectKey('kept.txt');
  await playground.chooseEncryption('SSE-KMS');
  await playground.chooseRequestKmsKey('alias/scene (Enabled)');
  await playground.sendAndExpect(200);
  await playground.chooseOperation('GetObject');
  await playground.sendAndExpect(200);
  await playground.showTab('Audit log');
  const audit = page.getByRole('tabpanel');
  await expect(audit).toContainText('GenerateDataKey');
  // The scene is saved a moment after the last change.
  await page.waitForTimeout(1500);
  await page.reload();
  await expect(playground.sendButton).toBeEnabled({ timeout: 20_000 });
  await playground.showTab('Response');
  await expect(playground.responseRegion).toContainText(/\b200\b/);
  await playground.showTab('Objects');
  await expect(page.getByRole('region', { name: 'Objects in test-bucket' })).toContainText('kept.txt');
  await playground.showTab('Audit log');
  await expect(page.getByRole('tabpanel')).toContainText('GenerateDataKey');
  await expect(page.getByRole('tabpanel')).toContainText('Decrypt');
  // Reset asks first; cancelling keeps everything.
  await page.getByRole('banner').getByRole('button', { name: 'Reset workspace' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Reset workspace?' });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Reset workspace' }).click();
  await ask.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(playground.sendButton).toBeEnabled({ timeout: 20_000 });
  await playground.showTab('Objects');
  await expect(page.getByText('No objects yet')).toBeVisible();
  await expect(playground.kmsRegion).not.toContainText('alias/scene');
  playground.expectCleanRun();
});
