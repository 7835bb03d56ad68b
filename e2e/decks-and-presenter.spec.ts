import { expect, test } from './pages/fixtures.ts';

/** Issue 8: decks of lessons, the gallery's topics and search, and presenter mode on a projector. */

test('"Make a deck" picks and orders lessons; the deck link says "Lesson 2 of 3" and moves on', async ({
  playground,
  lesson,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await playground.openReady();
  await lesson.openGallery();
  await expect(lesson.gallery.getByRole('region', { name: 'SSE-C' })).toBeVisible();
  await lesson.gallery.getByRole('searchbox', { name: 'Search lessons' }).fill('503 slowdown');
  await expect(lesson.gallery.getByRole('button', { name: /^Open lesson: / })).toHaveCount(1);
  await expect(lesson.gallery.getByRole('button', { name: /^Open lesson: KMS throttling/ })).toBeVisible();
  // Several matches: the lesson whose title says it comes first, not the gallery's first.
  await lesson.gallery.getByRole('searchbox', { name: 'Search lessons' }).fill('bucket keys');
  await expect(
    lesson.gallery.getByRole('region', { name: /lessons match “bucket keys”, best first/ }),
  ).toBeVisible();
  await expect(lesson.gallery.getByRole('button', { name: /^Open lesson: / }).first()).toHaveAccessibleName(
    /^Open lesson: Bucket keys: many uploads/,
  );
  await lesson.gallery.getByRole('searchbox', { name: 'Search lessons' }).fill('');
  await lesson.gallery.getByRole('button', { name: 'Make a deck' }).click();
  const add = (title: RegExp) => lesson.gallery.getByRole('button', { name: title }).click();
  await add(/^Add to deck: An HTTPS-only bucket policy/);
  await add(/^Add to deck: SSE-C over plain HTTP/);
  await add(/^Add to deck: Bucket keys: many uploads/);
  const deckList = lesson.gallery.getByRole('list', { name: 'Lessons in the deck' });
  await expect(deckList.getByRole('listitem')).toHaveCount(3);
  await lesson.gallery.getByRole('button', { name: /^Move up: SSE-C over plain HTTP/ }).click();
  await expect(deckList.getByRole('listitem').first()).toContainText('SSE-C over plain HTTP');
  await lesson.gallery.getByRole('textbox', { name: 'Deck title (optional)' }).fill('Monday');
  await lesson.gallery.getByRole('button', { name: 'Copy deck link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(
    /#deck=sse-c-over-http-refused,https-only-policy,bucket-keys-reduce-kms-calls&title=Monday$/,
  );
  await lesson.gallery.getByRole('link', { name: 'Open the deck' }).click();
  await expect(lesson.gallery).toBeHidden();
  const deck = page.getByRole('navigation', { name: 'Deck' });
  await expect(deck).toContainText('Lesson 1 of 3');
  await expect(deck.getByRole('button', { name: 'Previous lesson' })).toBeDisabled();
  await deck.getByRole('button', { name: 'Next lesson' }).click();
  await expect(deck).toContainText('Lesson 2 of 3');
  await expect(lesson.region).toContainText('An HTTPS-only bucket policy');
  await expect(page).toHaveURL(/#lesson=https-only-policy&step=1&deck=/);
  // After the last step, "Next lesson" is the way on.
  await lesson.runButton(6).click();
  await expect(lesson.answer(6)).toBeVisible();
  await deck.getByRole('button', { name: 'Next lesson' }).click();
  await expect(deck).toContainText('Lesson 3 of 3');
  await deck.getByRole('button', { name: 'Previous lesson' }).click();
  await expect(deck).toContainText('Lesson 2 of 3');
  playground.expectCleanRun();
});

for (const theme of ['light', 'dark'] as const) {
  test(`presenter mode at 1280×720 (${theme}): the step, its explanation, the answer and the trace fill the screen`, async ({
    playground,
    lesson,
    presenter,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: theme });
    await playground.openReady('./#lesson=https-only-policy');
    await presenter.enterWithKey();
    await expect(playground.bucketRegion).toBeHidden();
    await expect(playground.kmsRegion).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(lesson.answer(1)).toHaveText(/200/);
    await page.keyboard.press('ArrowRight');
    await expect(lesson.answer(2)).toHaveText(/403 AccessDenied/);
    await expect(page).toHaveURL(/#lesson=https-only-policy&step=2&present$/);
    await expect(lesson.region).toContainText('Over plain HTTP the key is');
    await expect(page.getByRole('region', { name: 'Trace' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Trace' })).toBeInViewport();
    // The pipeline row draws its stages one after another; the picture is taken once it has.
    await page.waitForTimeout(1500);
    await playground.screenshot(`presenter-1280x720-${theme}`);
    await page.keyboard.press('ArrowLeft');
    await expect(lesson.currentStepHeading).toContainText('Step 1');
    await presenter.leaveWithEscape();
    await expect(playground.bucketRegion).toBeVisible();
    await presenter.button.click();
    await expect(presenter.button).toHaveAttribute('aria-pressed', 'true');
    playground.expectCleanRun();
  });
}

test('two quick presses run step 1 then step 2; a reload in presenter mode comes back in it, at the step, with its answer; Escape takes it out of the address', async ({
  playground,
  lesson,
  presenter,
  page,
}) => {
  await playground.openReady('./#lesson=https-only-policy');
  await presenter.enterWithKey();
  // Pressed faster than a step runs, as a clicker often is: run step 1, then on to step 2.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await expect(lesson.answer(2)).toHaveText(/403 AccessDenied/);
  await expect(page).toHaveURL(/#lesson=https-only-policy&step=2&present$/);
  await page.reload();
  await expect(presenter.button).toHaveAttribute('aria-pressed', 'true');
  await expect(playground.bucketRegion).toBeHidden();
  await expect(lesson.currentStepHeading).toContainText('Step 2');
  await expect(lesson.answer(2)).toHaveText(/403 AccessDenied/);
  // The steps run again to rebuild the lesson's world are not news to the room.
  await expect(lesson.region).not.toContainText('ran first');
  await presenter.leaveWithEscape();
  await expect(page).toHaveURL(/#lesson=https-only-policy&step=2$/);
  playground.expectCleanRun();
});

test('in presenter mode a clicker (Page Down / Page Up, or the arrows after a tab was clicked) runs the steps and moves on through the deck', async ({
  playground,
  lesson,
  presenter,
  page,
}) => {
  await playground.openReady('./#deck=https-only-policy,sse-c-over-http-refused&title=Clicker');
  await expect(lesson.region).toContainText('An HTTPS-only bucket policy');
  await presenter.enterWithKey();
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toHaveText(/An HTTPS-only bucket policy/);
  await page.keyboard.press('PageDown');
  await expect(lesson.answer(1)).toHaveText(/200/);
  // A tab clicked with the mouse does not take the arrows from the steps.
  await page.getByRole('tab', { name: 'Objects' }).click();
  await page.keyboard.press('ArrowRight');
  await expect(lesson.currentStepHeading).toContainText('Step 2');
  // Each step runs as it is reached; Page Down goes on to the last (6), then past it.
  for (let step = 2; step <= 6; step++) {
    await expect(lesson.currentStepHeading).toContainText(`Step ${step}`);
    await expect(lesson.answer(step)).toBeVisible();
    if (step < 6) await page.keyboard.press('PageDown');
  }
  await expect(
    page.getByRole('navigation', { name: 'Deck' }).getByRole('button', { name: 'Next lesson' }),
  ).toBeEnabled();
  await page.keyboard.press('PageDown');
  await expect(title).toHaveText(/SSE-C over plain HTTP/);
  await expect(lesson.currentStepHeading).toContainText('Step 1');
  // Back from the first step is the deck's previous lesson, where it ended: its last step, answered.
  await page.keyboard.press('PageUp');
  await expect(title).toHaveText(/An HTTPS-only bucket policy/);
  await expect(lesson.currentStepHeading).toContainText('Step 6');
  await expect(lesson.answer(6)).toBeVisible();
  await expect(lesson.region).not.toContainText('ran first');
  playground.expectCleanRun();
});
