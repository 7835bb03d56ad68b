import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

test('the production build loads the editor from the local bundle, with no request leaving 127.0.0.1 and no console error', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.open();
  await expect(page.getByRole('heading', { name: 'S3 Encryption Playground' })).toBeVisible();
  const editorReady = await playground.waitForEditor(20_000).then(
    () => true,
    () => false,
  );
  // Give Monaco time to start its workers and fetch anything it would fetch.
  await page.waitForTimeout(1000);
  // Checked first so that a CDN fetch (which also stalls the editor) is reported as what it is.
  expect(playground.offMachineRequests()).toEqual([]);
  expect(editorReady).toBe(true);
  expect(playground.requests.some((url) => url.includes('json.worker'))).toBe(true);
  expect(playground.consoleErrors).toEqual([]);
});
