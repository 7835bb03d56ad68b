import { expect, test } from './pages/fixtures.ts';

/** A tester's findings in lessons and presenter mode, as a trainer in front of a room meets them. */

test('going back a step in presenter mode shows that step’s own answer and trace, by key, button and browser Back', async ({
  playground,
  lesson,
  presenter,
  page,
}) => {
  await presenter.openLink('#lesson=https-only-policy&present');
  await expect(lesson.currentStepHeading).toContainText('Step 1');
  // → four times runs steps 1 to 4; ← twice and → once is step 3 again.
  await presenter.press('ArrowRight', 4);
  await expect(lesson.answer(4)).toHaveText(/204/);
  await expect(presenter.trace).toContainText('PutBucketPolicy');
  await presenter.press('ArrowLeft', 2);
  await presenter.press('ArrowRight');
  await expect(lesson.currentStepHeading).toContainText('Step 3: GetObject notes.txt');
  await expect(lesson.answer(3)).toHaveText(/200/);
  await expect(presenter.trace).toContainText('GetObject');
  await expect(presenter.trace).not.toContainText('PutBucketPolicy');
  // "Previous step" to step 2: its own denied GetObject over plain HTTP.
  await presenter.stepButton('Previous step').click();
  await expect(lesson.currentStepHeading).toContainText('Step 2');
  await expect(presenter.trace).toContainText('Explicit deny');
  await presenter.stepButton('Previous step').click();
  await expect(lesson.currentStepHeading).toContainText('Step 1');
  await expect(presenter.trace).toContainText('PutObject');
  await expect(presenter.trace).not.toContainText('Explicit deny');
  // Browser Back and Forward walk the same steps, each with its own trace.
  await page.goBack();
  await expect(lesson.currentStepHeading).toContainText('Step 2');
  await expect(presenter.trace).toContainText('Explicit deny');
  await page.goForward();
  await expect(lesson.currentStepHeading).toContainText('Step 1');
  await expect(presenter.trace).not.toContainText('Explicit deny');
  playground.expectCleanRun();
});
