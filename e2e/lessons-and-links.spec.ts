import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

/** Lessons opened from a link on a guest machine, share links, and work kept across reloads. */

test('a lesson opens from #lesson= and each step runs with one click, showing its explanation', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady('./#lesson=https-only-policy');
  const lesson = page.getByRole('region', { name: 'Lesson', exact: true });
  await expect(lesson).toContainText('An HTTPS-only bucket policy');
  await lesson.getByRole('button', { name: 'Run step 1' }).click();
  await expect(lesson.getByTestId('step-1-answer')).toHaveText(/200/);
  await lesson.getByRole('button', { name: 'Run step 2' }).click();
  await expect(lesson.getByTestId('step-2-answer')).toHaveText(/403 AccessDenied/);
  await expect(lesson).toContainText('Over plain HTTP the key is');
  // The builder shows the step's request, so the trainer can change it and send it again.
  await expect(playground.requestRegion.getByRole('checkbox', { name: 'HTTPS' })).not.toBeChecked();
  await playground.screenshot('lesson-https-only-policy');
  playground.expectCleanRun();
});

test('the gallery lists the lessons and opens one', async ({ page, context }) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await page.getByRole('button', { name: 'Lessons' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lessons' });
  await expect(dialog.getByRole('listitem')).not.toHaveCount(0);
  await playground.screenshot('lesson-gallery');
  await dialog
    .getByRole('button', { name: 'Open lesson: SSE-C over plain HTTP is refused, whatever the policy' })
    .first()
    .click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Lesson', exact: true })).toBeVisible();
  playground.expectCleanRun();
});

test('work survives a reload, and "Copy share link" carries it to another browser', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await playground.chooseOperation('GetObject');
  await playground.setObjectKey('kept.txt');
  await playground.setHttps(false);
  await expect(page).toHaveURL(/#s=/);
  await page.reload();
  await expect(playground.sendButton).toBeEnabled();
  await expect(playground.requestRegion.getByRole('textbox', { name: 'Object key' })).toHaveValue('kept.txt');
  await expect(playground.requestRegion.getByRole('checkbox', { name: 'HTTPS' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByText('Copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link.startsWith(new URL('#s=', page.url()).href)).toBe(true);
  // A guest machine: a new context has no saved work, only the link.
  const guestContext = await browser.newContext();
  const guest = new PlaygroundPage(await guestContext.newPage(), guestContext);
  await guest.openReady(link);
  await expect(guest.requestRegion.getByLabel('Operation')).toHaveValue('GetObject');
  await expect(guest.requestRegion.getByRole('checkbox', { name: 'HTTPS' })).not.toBeChecked();
  guest.expectCleanRun();
  await guestContext.close();
  playground.expectCleanRun();
});

test('an SSE-C key stays out of saved work and links unless "include keys" is ticked', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await playground.chooseEncryption('SSE-C');
  await playground.requestRegion.getByRole('button', { name: 'Generate key' }).click();
  const keyField = playground.requestRegion.getByRole('textbox', {
    name: 'x-amz-server-side-encryption-customer-key value',
  });
  const key = await keyField.inputValue();
  expect(key).toHaveLength(44);
  await expect(page).toHaveURL(/#s=/);
  await page.waitForTimeout(600);
  const saved = await page.evaluate(() => localStorage.getItem('s3-encryption-playground:workspace') ?? '');
  expect(saved).not.toContain(key);
  await page.reload();
  await expect(keyField).toHaveValue('');
  await page.getByRole('checkbox', { name: 'Include keys in links and saved work' }).check();
  await playground.requestRegion.getByRole('button', { name: 'Generate key' }).click();
  const kept = await keyField.inputValue();
  await page.waitForTimeout(600);
  expect(
    await page.evaluate(() => localStorage.getItem('s3-encryption-playground:workspace') ?? ''),
  ).toContain(kept);
  playground.expectCleanRun();
});

test('a broken or newer share link shows a clear error and the page still works', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady('./#s=this-is-not-a-link');
  await expect(page.getByRole('alert').filter({ hasText: 'This share link cannot be opened' })).toBeVisible();
  await playground.screenshot('bad-share-link');
  await playground.sendAndExpect(200);
  playground.expectCleanRun();
});
