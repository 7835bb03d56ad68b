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

test('"Run step 2" after step 5 ran starts the lesson again and answers as the lesson says, and says so', async ({
  lesson,
  presenter,
  playground,
}) => {
  await presenter.openLink('#lesson=https-only-policy&present');
  await presenter.press('ArrowRight', 5);
  await expect(lesson.answer(5)).toHaveText(/403 AccessDenied/);
  await presenter.stepButton('Previous step').click();
  await presenter.stepButton('Previous step').click();
  await presenter.stepButton('Previous step').click();
  await expect(lesson.currentStepHeading).toContainText('Step 2');
  await lesson.runButton(2).click();
  await expect(lesson.region.getByRole('status')).toHaveText(
    'The lesson started again from its set-up: step 1 ran first, so step 2 answers as the lesson says.',
  );
  // Denied over plain HTTP, as the explanation beside it says, not 200 from the world after step 5.
  await expect(lesson.answer(2)).toHaveText(/403 AccessDenied/);
  await expect(lesson.region.getByRole('alert')).toHaveCount(0);
  await expect(presenter.trace).toContainText('Explicit deny');
  // The steps after it run again as they are reached: step 3 is allowed over HTTPS.
  await presenter.press('ArrowRight');
  await expect(lesson.answer(3)).toHaveText(/200/);
  playground.expectCleanRun();
});

test('"Run step 4" again after the link ran steps 1–4 answers 204 again, saying the lesson started again', async ({
  lesson,
  presenter,
  playground,
}) => {
  await presenter.openLink('#lesson=https-only-policy&step=4&present');
  await expect(lesson.answer(4)).toHaveText(/204/);
  await expect(lesson.region.getByRole('status')).toHaveText(
    'Steps 1, 2, 3 ran first, so step 4 answers as the lesson says.',
  );
  await lesson.runButton(4).click();
  await expect(lesson.region.getByRole('status')).toHaveText(
    'The lesson started again from its set-up: steps 1, 2, 3 ran first, so step 4 answers as the lesson says.',
  );
  await expect(lesson.answer(4)).toHaveText(/204/);
  await expect(lesson.region.getByRole('alert')).toHaveCount(0);
  playground.expectCleanRun();
});

test('a step run again after a request of the learner’s own stays in their world, flagged as not the lesson’s answer', async ({
  lesson,
  playground,
}) => {
  await playground.openReady('./#lesson=https-only-policy');
  await lesson.run(1, /200/);
  // The learner's own request: a policy of theirs applied to the lesson's bucket.
  await playground.replacePolicy({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::test-bucket/*' },
    ],
  });
  await playground.applyPolicy();
  await expect(playground.policyRegion.getByRole('status')).toContainText('S3 accepted the policy');
  await lesson.runButton(3).click();
  await expect(lesson.answer(3)).toHaveText(/403 AccessDenied/);
  await expect(lesson.region.getByRole('alert')).toContainText('Not the lesson’s answer');
  await expect(lesson.region.getByRole('alert')).toContainText('status: expected 200, got 403');
  playground.expectCleanRun();
});
