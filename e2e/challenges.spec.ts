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

test('in presenter mode a challenge keeps its task, Check and hints, and says how to reach the editor', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const playground = new PlaygroundPage(page, context);
  const lesson = new LessonPanel(page);
  await playground.openReady('./#lesson=challenge-https-only');
  await new Presenter(page).enterWithKey();
  const challenge = lesson.region.getByRole('region', { name: 'Challenge' });
  await expect(challenge).toContainText('Press Esc to leave presenter mode and write it');
  await expect(challenge.getByRole('button', { name: 'Check' })).toBeEnabled();
  await playground.screenshot('challenge-presenter-1280x720');
  playground.expectCleanRun();
});
