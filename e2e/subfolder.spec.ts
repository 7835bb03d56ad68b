import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

// scripts/serve-subfolder.mjs serves the same dist/ at this path, one port above the preview.
const SUBFOLDER_URL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 1}/training/s3-playground/`;

test('the build works from a subfolder of a static host: editor, request and answer, nothing fetched from elsewhere', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady(SUBFOLDER_URL);
  await playground.waitForEditor();
  await playground.setHttps(false);
  await playground.sendAndExpect(403, 'AccessDenied');
  expect(playground.requests.some((url) => url.startsWith(`${SUBFOLDER_URL}assets/`))).toBe(true);
  expect(playground.requests.some((url) => url.includes('json.worker'))).toBe(true);
  playground.expectCleanRun();
});

test('under a Content-Security-Policy that blocks inline styles, the policy editor is the plain one and says why', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady(SUBFOLDER_URL.replace('/training/s3-playground/', '/strict-styles/'));
  const policy = page.getByRole('region', { name: 'Bucket policy' });
  await expect(policy.getByText(/Content-Security-Policy blocks inline styles/)).toBeVisible();
  await expect(policy.getByRole('textbox', { name: 'Policy JSON' })).toBeVisible();
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  // The policy still works from the plain editor.
  await playground.setHttps(false);
  await playground.applyPolicy();
  await playground.sendAndExpect(403, 'AccessDenied');
  // Only the probe's own report, not Monaco's hundreds.
  const refused = playground.consoleErrors.filter((text) => /Content Security Policy/.test(text));
  expect(refused.length).toBeLessThanOrEqual(1);
  expect(playground.consoleErrors.filter((text) => !/Content Security Policy/.test(text))).toEqual([]);
  await playground.screenshot('strict-csp-plain-editor');
});
