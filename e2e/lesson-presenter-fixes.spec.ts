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

test('before a step runs the room is not told what real S3 says; after, it is, beside the answer', async ({
  lesson,
  presenter,
}) => {
  await presenter.openLink('#lesson=https-only-policy&present');
  await expect(lesson.currentStepHeading).toContainText('Step 1');
  await expect(lesson.region).not.toContainText('real S3');
  await presenter.press('ArrowRight', 2);
  await expect(lesson.answer(2)).toHaveText(/403 AccessDenied/);
  await expect(lesson.region).toContainText('real S3: 403 AccessDenied');
});

test('a step that applies a policy shows its JSON in presenter mode, read-only', async ({
  lesson,
  presenter,
}) => {
  await presenter.openLink('#lesson=absent-keys-and-negated-operators&step=7&present');
  await expect(lesson.answer(7)).toHaveText(/204/);
  await expect(presenter.stepPolicy).toContainText('"Sid": "RequireSSES3OrSSEKMSIfSent"');
  await presenter.press('ArrowRight');
  await expect(lesson.currentStepHeading).toContainText('Step 8');
  await expect(presenter.stepPolicy).toHaveCount(0);
  await presenter.openLink('#lesson=https-only-policy&step=4&present');
  await expect(presenter.stepPolicy).toContainText('MeantToRestrictToTLS');
});

test('at 1280×720 a long lesson title wraps in the presenter bar, and the deck’s last lesson says so', async ({
  lesson,
  presenter,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await presenter.openLink(
    '#lesson=https-only-policy&step=6&deck=sse-c-over-http-refused,https-only-policy&present',
  );
  await expect(lesson.answer(6)).toBeVisible();
  await expect(presenter.title).toHaveText(
    'An HTTPS-only bucket policy, and the same policy written with "true"',
  );
  expect(await presenter.titleIsCut()).toBe(false);
  const deck = page.getByRole('navigation', { name: 'Deck' });
  await expect(deck).toContainText('Lesson 2 of 2');
  await expect(deck).toContainText('Last lesson of the deck');
  await expect(deck.getByRole('button', { name: 'Next lesson' })).toBeDisabled();
  // Not the blue of the way on: a disabled button looks disabled.
  await expect(deck.getByRole('button', { name: 'Next lesson' })).not.toHaveClass(/bg-sky-700/);
});

test('the bucket policy a step meets is on screen in presenter mode, its deciding statement marked once it ran', async ({
  lesson,
  presenter,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  // Set-up policy: "…and `Null: true` matches. The Deny wins…" has the Null condition beside it.
  await presenter.openLink('#lesson=default-encryption-vs-require-header-policy&present');
  await presenter.press('ArrowRight', 2);
  await expect(lesson.answer(2)).toHaveText(/403 AccessDenied/);
  await expect(presenter.policyInForce).toContainText(
    '"Null": { "s3:x-amz-server-side-encryption": "true" }',
  );
  await expect(presenter.policyInForce.locator('mark')).toContainText(
    'DenyUploadsWithoutTheEncryptionHeader',
  );
  // "…so `RequireSSEKMS` denies": of the two statements, that one is marked, and in view.
  await presenter.openLink('#lesson=absent-keys-and-negated-operators&present');
  await expect(presenter.policyInForce).toContainText('"Sid": "RequireSSEKMS"');
  await expect(presenter.policyInForce.locator('mark')).toHaveCount(0);
  await presenter.press('ArrowRight');
  await expect(lesson.answer(1)).toHaveText(/403 AccessDenied/);
  await expect(presenter.policyInForce.locator('mark')).toContainText('"Sid": "RequireSSEKMS"');
  await expect(presenter.policyInForce.locator('mark')).not.toContainText('RequireSSES3');
  await expect(presenter.policyInForce.locator('mark')).toBeInViewport({ ratio: 1 });
  // After step 3 applied a policy, step 4 meets that one, not the set-up's.
  await presenter.press('ArrowRight', 3);
  await expect(lesson.answer(4)).toHaveText(/200/);
  await expect(presenter.policyInForce).toContainText('"Sid": "RequireSSES3OrSSEKMS"');
  await expect(presenter.policyInForce).not.toContainText('"Sid": "RequireSSEKMS"');
  expect(await presenter.hiddenParts()).toEqual([]);
});

test('when the sender’s identity policy decided a step, or KMS refused the sender, presenter mode shows that policy, the deciding statement marked', async ({
  lesson,
  presenter,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await presenter.openLink('#lesson=multipart-sse-kms-needs-decrypt&present');
  await presenter.press('ArrowRight');
  await expect(lesson.answer(1)).toHaveText(/200/);
  const identity = presenter.identityPolicy('role/uploader-without-decrypt');
  await expect(identity.locator('mark')).toContainText('"Sid": "UploadObjects"');
  await expect(identity.locator('mark')).not.toContainText('UseTheKey');
  await expect(identity.locator('mark')).toBeInViewport({ ratio: 1 });
  // The next step: KMS refuses the role kms:Decrypt, which no statement of its policy allows. The
  // policy is on screen, its kms:GenerateDataKey alone in view, and nothing is marked.
  await presenter.press('ArrowRight');
  await expect(lesson.answer(2)).toHaveText(/403/);
  await expect(identity).toContainText('"Action": "kms:GenerateDataKey"');
  await expect(identity.locator('mark')).toHaveCount(0);
  expect(await presenter.hiddenParts()).toEqual([]);
});

test('at 1280×720 the policy a step applies fits its box whole, the condition the step is about in view', async ({
  lesson,
  presenter,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  for (const { link, step, line } of [
    { link: '#lesson=https-only-policy&step=4&present', step: 4, line: '"aws:SecureTransport": "true"' },
    { link: '#lesson=absent-keys-and-negated-operators&step=9&present', step: 9, line: '"Null"' },
    { link: '#lesson=dsse-kms-policy-forgot-it&step=3&present', step: 3, line: 'aws:kms:dsse' },
  ]) {
    await presenter.openLink(link);
    await expect(lesson.answer(step)).toBeVisible();
    await expect(presenter.stepPolicy.getByText(line)).toBeInViewport({ ratio: 1 });
    expect(await presenter.hiddenParts(), link).toEqual([]);
  }
});

test('the deciding stage that starts a row of the trace is drawn whole, its ring not cut at the panel’s edge', async ({
  lesson,
  presenter,
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await presenter.openLink('#lesson=sse-c-key-on-every-read&step=3&present');
  await expect(lesson.answer(3)).toHaveText(/403 AccessDenied/);
  await expect(presenter.trace.getByRole('button', { name: /deciding stage/ })).toHaveAccessibleName(
    'Crypto & storage: failed, deciding stage',
  );
  // The chips draw in over about 0.7 s; measured once they stand still.
  await page.waitForTimeout(1000);
  expect(await presenter.decidingStageCut()).toBe(0);
});

test('outside presenter mode too, a step says what real S3 answers only once it has run', async ({
  lesson,
  playground,
}) => {
  await playground.openReady('./#lesson=sse-c-key-on-every-read');
  await expect(lesson.runButton(3)).toBeVisible();
  await expect(lesson.region).not.toContainText('real S3');
  await lesson.run(3, /403 AccessDenied/);
  // Steps 1 and 2 ran first, so three answers are said, each beside its own step; step 4 is still asked.
  await expect(lesson.region.getByText(/^real S3:/)).toHaveText([
    'real S3: 400 InvalidRequest',
    'real S3: 400',
    'real S3: 403 AccessDenied',
  ]);
  playground.expectCleanRun();
});
