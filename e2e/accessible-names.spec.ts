import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

/**
 * Outside tests drive the playground by these accessible names, so they must exist exactly, and
 * S3's answer and its trace must be on screen together after a request.
 */
test('every control outside tests rely on has its exact accessible name, and Response and Trace show together', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  const exact = { exact: true } as const;
  await expect(page.getByRole('region', { name: 'Bucket policy', ...exact })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Operation', ...exact })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Object key', ...exact })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'HTTPS', ...exact })).toBeVisible();
  const encryption = page.getByRole('combobox', { name: 'Encryption', ...exact });
  for (const option of ['Bucket default', 'SSE-S3', 'SSE-KMS', 'DSSE-KMS', 'SSE-C']) {
    await expect(encryption.getByRole('option', { name: option, ...exact })).toHaveCount(1);
  }

  await page.getByRole('combobox', { name: 'Operation', ...exact }).selectOption('GetObject');
  await page.getByRole('textbox', { name: 'Object key', ...exact }).fill('missing.txt');
  await page.getByRole('button', { name: 'Send request', ...exact }).click();
  const response = page.getByRole('region', { name: 'Response', ...exact });
  await expect(response).toContainText('404');
  await expect(response).toContainText('NoSuchKey');
  await expect(page.getByRole('region', { name: 'Trace', ...exact })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Trace', ...exact })).toContainText('NoSuchKey');
  playground.expectCleanRun();
});
