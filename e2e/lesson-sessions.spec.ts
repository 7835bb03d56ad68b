import { expect, test } from './pages/fixtures.ts';
import { denyPlainHttp } from './pages/policies.ts';

/** Issue 8: a lesson never touches the user's own work, links navigate in every tab, steps run in order. */

test('a lesson runs in its own world: closing it gives back the policy, KMS key and object as they were', async ({
  playground,
  lesson,
  page,
}) => {
  await playground.openReady();
  await playground.createKey('alias/my-own-key');
  await playground.replacePolicy(denyPlainHttp('MyOwnEditedStatement'));
  await playground.setObjectKey('my-own-object.txt');
  await playground.sendAndExpect(200);

  await lesson.openFromGallery('An HTTPS-only bucket policy');
  await expect(playground.kmsKey('alias/my-own-key')).toHaveCount(0);
  await expect(playground.policyRegion).not.toContainText('MyOwnEditedStatement');
  await lesson.run(1, /200/);
  await playground.showTab('Objects');
  await expect(page.getByRole('article', { name: 'Object my-own-object.txt' })).toHaveCount(0);

  await lesson.close();
  await expect(playground.kmsKey('alias/my-own-key')).toBeVisible();
  await expect(playground.policyRegion).toContainText('MyOwnEditedStatement');
  await expect(playground.requestRegion.getByRole('textbox', { name: 'Object key' })).toHaveValue(
    'my-own-object.txt',
  );
  await playground.showTab('Objects');
  await expect(page.getByRole('article', { name: 'Object my-own-object.txt' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Object notes.txt' })).toHaveCount(0);
  playground.expectCleanRun();
});

test('a lesson link pasted into an open tab opens it; the address names the step; Back and Forward move', async ({
  playground,
  lesson,
  page,
}) => {
  await playground.openReady();
  await lesson.goToHash('#lesson=https-only-policy');
  await expect(lesson.region).toContainText('An HTTPS-only bucket policy');
  await expect(page).toHaveURL(/#lesson=https-only-policy&step=1$/);
  await lesson.run(1, /200/);
  await lesson.run(2, /403 AccessDenied/);
  await expect(page).toHaveURL(/#lesson=https-only-policy&step=2$/);
  await page.goBack();
  await expect(page).toHaveURL(/#lesson=https-only-policy&step=1$/);
  await expect(lesson.currentStep).toContainText('Run step 1');
  await page.goForward();
  await expect(lesson.currentStep).toContainText('Run step 2');
  // Another lesson, then Back to the first.
  await lesson.goToHash('#lesson=sse-kms-disabled-key&step=2');
  await expect(lesson.region).toContainText('disabled');
  await expect(lesson.answer(2)).toHaveText(/200/);
  await page.goBack();
  await expect(lesson.region).toContainText('An HTTPS-only bucket policy');
  await lesson.close();
  await expect(page).not.toHaveURL(/lesson=/);
  playground.expectCleanRun();
});

test('an unknown lesson id opens the gallery with a one-line message', async ({ playground, lesson }) => {
  await playground.openReady('./#lesson=no-such-lesson');
  await expect(lesson.gallery).toBeVisible();
  await expect(lesson.gallery.getByRole('alert')).toHaveText(/no-such-lesson/);
  playground.expectCleanRun();
});

test('running step 3 first runs steps 1 and 2, visibly; Restart lesson starts the world again', async ({
  playground,
  lesson,
}) => {
  await playground.openReady('./#lesson=sse-kms-disabled-key');
  await lesson.runButton(3).click();
  await expect(lesson.answer(3)).toHaveText(/400 KMS.DisabledException/);
  await expect(lesson.answer(1)).toHaveText(/200/);
  await expect(lesson.answer(2)).toHaveText(/200/);
  await expect(lesson.region.getByRole('status')).toContainText('Steps 1, 2 ran first');
  await expect(lesson.region.getByRole('alert')).toHaveCount(0);
  await lesson.restart();
  await expect(lesson.answer(1)).toHaveCount(0);
  await lesson.run(1, /200/);
  playground.expectCleanRun();
});
