import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { LessonPanel } from './pages/lesson-page.ts';
import { PlaygroundPage } from './pages/playground-page.ts';

/** Issue 8: the "Start here" panel on a first visit, and the page opened from disk. */

test('a first visit shows "Start here"; dismissed, it stays away after a reload; Help brings it back', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  const startHere = page.getByRole('region', { name: 'Start here' });
  await expect(startHere).toBeVisible();
  await expect(startHere.getByRole('button', { name: 'Take the first lesson' })).toBeVisible();
  await expect(startHere.getByRole('button', { name: 'Try your own policy' })).toBeVisible();
  await startHere.getByRole('button', { name: 'Dismiss' }).click();
  await expect(startHere).toBeHidden();
  await page.reload();
  await expect(playground.sendButton).toBeEnabled();
  await expect(startHere).toBeHidden();
  await page.getByRole('button', { name: 'Help' }).click();
  await expect(startHere).toBeVisible();
  await startHere.getByRole('button', { name: 'Take the first lesson' }).click();
  await expect(new LessonPanel(page).region).toBeVisible();
  await expect(startHere).toBeHidden();
  playground.expectCleanRun();
});

test('"Try your own policy" puts the cursor in the policy editor', async ({ page, context }) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await page.getByRole('button', { name: 'Try your own policy' }).click();
  await expect(playground.policyRegion.locator('textarea')).toBeFocused();
  playground.expectCleanRun();
});

test('the cursor sent to the policy while the code editor loads is still in it, where it was, once the editor arrives', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  // Hold Monaco's chunk, as a slow machine or a slow host would, until the cursor is in the plain editor.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/MonacoPolicyEditor-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await playground.openReady();
  await expect(playground.policyRegion.getByText('Loading the code editor…')).toBeVisible();
  await page.getByRole('button', { name: 'Try your own policy' }).click();
  await expect(playground.policyRegion.locator('textarea')).toBeFocused();
  await page.keyboard.press('Control+End');
  release();
  await playground.waitForEditor();
  await expect(playground.policyRegion.locator('.monaco-editor textarea')).toBeFocused();
  await page.keyboard.type('x');
  await expect(playground.policyRegion.locator('.view-lines')).toContainText('}x');
  playground.expectCleanRun();
});

test('a lesson link on a guest machine opens the lesson without the "Start here" panel over it', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady('./#lesson=https-only-policy');
  await expect(new LessonPanel(page).region).toBeVisible();
  await expect(page.getByRole('region', { name: 'Start here' })).toHaveCount(0);
  playground.expectCleanRun();
});

test('dist/index.html opened from disk says how to serve it instead of a blank page', async ({ page }) => {
  await page.goto(pathToFileURL(resolve('dist/index.html')).href);
  const note = page.getByRole('alert');
  await expect(note).toBeVisible();
  await expect(note).toContainText('python3 -m http.server');
  await expect(note).toContainText('npx vite preview');
});
