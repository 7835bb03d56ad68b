import { expect, test } from '@playwright/test';
import { LessonPanel } from './pages/lesson-page.ts';
import { PlaygroundPage } from './pages/playground-page.ts';

/** Issue 8: lessons keep their progress across a reload; a `#s=` link pasted into an open tab applies. */

test('a reload during a lesson reopens it at the same step with the earlier answers shown', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  const lesson = new LessonPanel(page);
  await playground.openReady('./#lesson=https-only-policy');
  await lesson.run(1, /200/);
  await lesson.run(2, /403/);
  await lesson.run(3, /200/);
  await expect(page).toHaveURL(/#lesson=https-only-policy&step=3$/);
  // Back to step 2: the address names step 2, but step 3 has run too.
  await page.goBack();
  await expect(page).toHaveURL(/#lesson=https-only-policy&step=2$/);
  await expect(lesson.currentStep).toContainText('Run step 2');

  await page.reload();
  await expect(lesson.region).toBeVisible({ timeout: 20_000 });
  await expect(lesson.answer(1)).toHaveText(/200/);
  await expect(lesson.answer(2)).toHaveText(/403/);
  await expect(lesson.answer(3)).toHaveText(/200/);
  await expect(lesson.answer(4)).toHaveCount(0);
  await expect(lesson.currentStep).toContainText('Run step 2');
  await expect(page).toHaveURL(/#lesson=https-only-policy&step=2$/);
  await page.setViewportSize({ width: 1280, height: 720 });
  await playground.screenshot('lesson-after-reload-light-1280');
  // The lesson goes on from there, in order.
  await lesson.run(4, /204/);
  await expect(page.getByText('differs from real S3')).toHaveCount(0);
  playground.expectCleanRun();
});

test('a #s= link pasted into a tab that is already open opens its workspace beside the saved work', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  const keyField = playground.objectKeyField;
  await keyField.fill('from-the-link.txt');
  // The page's own address for this work is the link a colleague would send.
  await expect.poll(() => new URL(page.url()).hash).toMatch(/^#s=/);
  const link = new URL(page.url()).hash;
  await keyField.fill('my-own.txt');
  await expect.poll(() => new URL(page.url()).hash).not.toBe(link);

  await page.evaluate((h) => {
    location.hash = h;
  }, link);
  await expect(keyField).toHaveValue('from-the-link.txt');
  const bar = page.getByRole('region', { name: 'Shared link' });
  await expect(bar).toContainText('opened beside your own work');
  await playground.sendAndExpect(200);
  // Back to my work: the saved work comes back, untouched by the link.
  await bar.getByRole('button', { name: 'Back to my work' }).click();
  await expect(playground.sendButton).toBeEnabled({ timeout: 20_000 });
  await expect(keyField).toHaveValue('my-own.txt');
  playground.expectCleanRun();
});
