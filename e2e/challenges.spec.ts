import { expect, test } from '@playwright/test';
import { LessonPanel, Presenter } from './pages/lesson-page.ts';
import { PlaygroundPage } from './pages/playground-page.ts';
import { denyPlainHttp } from './pages/policies.ts';

/** Issue 8: a challenge hides its policy; "Check" grades every step; hints come one at a time. */

test('a challenge grades the learner’s policy step by step, says why a step differs, and gives hints one at a time', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  const lesson = new LessonPanel(page);
  await playground.openReady('./#lesson=challenge-https-only');
  const challenge = lesson.region.getByRole('region', { name: 'Challenge' });
  await expect(challenge).toBeVisible();
  await expect(playground.policyRegion).not.toContainText('aws:SecureTransport');
  await challenge.getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
  await expect(challenge.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(1);
  await challenge.getByRole('button', { name: 'Check' }).click();
  const grade = challenge.getByRole('status', { name: 'Grade' });
  await expect(grade).toContainText('2 of 4 steps answer as they must');
  await expect(grade).toContainText('Step 2: status: expected 403, got 200');
  await expect(grade).toContainText('Why:');
  await playground.replacePolicy(denyPlainHttp());
  await challenge.getByRole('button', { name: 'Check' }).click();
  await expect(grade).toContainText('Solved: all 4 steps answer as they must.');
  playground.expectCleanRun();
});

test('in presenter mode a challenge keeps its task, Check and hints, says how to reach the editor, and calls an unsolved step not yet the answer asked for', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const playground = new PlaygroundPage(page, context);
  const lesson = new LessonPanel(page);
  await playground.openReady('./#lesson=challenge-https-only');
  const presenter = new Presenter(page);
  await presenter.enterWithKey();
  const challenge = lesson.region.getByRole('region', { name: 'Challenge' });
  await expect(challenge).toContainText('Press Esc to leave presenter mode and write it');
  await expect(challenge.getByRole('button', { name: 'Check' })).toBeEnabled();
  // Step 2 run before the challenge is solved: not the answer asked for, which is no gap in S3.
  await presenter.press('ArrowRight', 2);
  await expect(lesson.answer(2)).toHaveText(/200/);
  const notice = lesson.region.getByRole('alert');
  await expect(notice).toContainText('Not yet the answer the challenge asks for');
  await expect(notice).toContainText('status: expected 403, got 200');
  await expect(notice).not.toContainText('real S3');
  await playground.screenshot('challenge-presenter-1280x720');
  playground.expectCleanRun();
});
