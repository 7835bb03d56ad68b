import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

/** Laptop, projector and narrow screens, light and dark, and the keyboard. */

test('on a laptop screen the three columns sit side by side', async ({ page, context }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  const bucket = await playground.bucketRegion.boundingBox();
  const request = await playground.requestRegion.boundingBox();
  const results = await page.getByRole('complementary', { name: 'Results' }).boundingBox();
  expect(bucket && request && results && bucket.x < request.x && request.x < results.x).toBe(true);
  await playground.screenshot('layout-laptop-1366');
  playground.expectCleanRun();
});

for (const theme of ['light', 'dark'] as const)
  test(`at 1280×720 (${theme}) the header keeps to one line and the view controls keep their names`, async ({
    page,
    context,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.emulateMedia({ colorScheme: theme });
    const playground = new PlaygroundPage(page, context);
    await playground.openReady();
    const header = page.getByRole('banner');
    const lessons = await header.getByRole('button', { name: 'Lessons' }).boundingBox();
    const reset = await header.getByRole('button', { name: 'Reset workspace' }).boundingBox();
    // One line: the first and the last control share a row.
    expect(lessons && reset && Math.abs(lessons.y - reset.y) < 4).toBe(true);
    await expect(
      header.getByRole('button', { name: theme === 'dark' ? 'Light theme' : 'Dark theme' }),
    ).toBeVisible();
    await expect(header.getByRole('button', { name: 'Help' })).toBeVisible();
    await expect(
      header.getByRole('checkbox', { name: 'Include keys in links and saved work' }),
    ).toBeVisible();
    await playground.screenshot(`header-1280-${theme}`);
    playground.expectCleanRun();
  });

test('on a projector, dark theme and large text', async ({ page, context }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Large text' }).click();
  await playground.setHttps(false);
  await playground.applyPolicy();
  await playground.sendAndExpect(403, 'AccessDenied');
  await playground.screenshot('layout-projector-dark-large');
  playground.expectCleanRun();
});

test('with large text at 1280×720 the policy box still shows its problems line below the editor', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await page.getByRole('button', { name: 'Large text' }).click();
  const policy = page.getByRole('region', { name: 'Bucket policy' });
  const line = policy.getByText('No problems found in the policy.');
  await expect(line).toBeVisible();
  // The bars above the editor wrap in this narrow column; the line must not be cut off below.
  const box = await policy.boundingBox();
  const lineBox = await line.boundingBox();
  expect(box && lineBox && lineBox.y + lineBox.height <= box.y + box.height + 1).toBe(true);
  await playground.screenshot('policy-large-1280');
  playground.expectCleanRun();
});

test('on a narrow screen the columns stack, the request first', async ({ page, context }) => {
  await page.setViewportSize({ width: 800, height: 1000 });
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  const bucket = await playground.bucketRegion.boundingBox();
  const request = await playground.requestRegion.boundingBox();
  expect(bucket && request && request.y < bucket.y).toBe(true);
  await playground.screenshot('layout-narrow-800');
  playground.expectCleanRun();
});

test('the request can be built and sent with the keyboard alone', async ({ page, context }) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await playground.requestRegion.getByRole('textbox', { name: 'Object key' }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('typed.txt');
  await playground.sendButton.focus();
  await page.keyboard.press('Enter');
  await expect(playground.responseRegion).toContainText('200');
  // The result tabs move with the arrow keys.
  await page.getByRole('tab', { name: 'Response & trace' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Objects' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Objects' })).toHaveAttribute('aria-selected', 'true');
  playground.expectCleanRun();
});

test('choosing the default encryption does not move the Apply encryption button', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  const algorithm = playground.bucketRegion.getByLabel('Default encryption', { exact: true });
  const apply = playground.bucketRegion.getByRole('button', { name: 'Apply encryption' });
  const places: number[] = [];
  for (const choice of ['AES256', 'aws:kms', 'aws:kms:dsse', 'AES256']) {
    await algorithm.selectOption(choice);
    places.push((await apply.boundingBox())?.y ?? -1);
  }
  expect(new Set(places).size).toBe(1);
  // Under SSE-S3 the key field keeps its place, disabled.
  await expect(playground.bucketRegion.getByLabel('Default KMS key')).toBeDisabled();
  playground.expectCleanRun();
});
