import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

/**
 * How a request is authenticated: a presigned URL that has expired is refused before any policy
 * (sigv4-query-string-auth), and "Copy as curl" writes the presigned URL instead of --aws-sigv4.
 */

let playground: PlaygroundPage;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

test('an expired presigned URL is 403, and the trace says where the answer may differ from S3', async () => {
  await playground.sendAndExpect(200);
  await playground.chooseOperation('GetObject');
  await playground.requestRegion.getByLabel('Signed in').selectOption('REST-QUERY-STRING');
  await playground.requestRegion.getByLabel('X-Amz-Expires (s)').fill('60');
  await playground.requestRegion.getByLabel('Signed seconds ago').fill('120');
  await playground.sendAndExpect(403, 'AccessDenied');
  await expect(playground.responseRegion).toContainText('Request has expired');
  await playground.showTab('Trace');
  await expect(
    playground.page.getByRole('complementary', { name: 'Where this answer may differ from S3' }),
  ).toContainText('Signatures are declared, not computed');
  await playground.screenshot('presigned-url-expired');
});

test('a half-typed expiry is an error at the field, not a crash', async () => {
  await playground.requestRegion.getByLabel('Signed in').selectOption('REST-QUERY-STRING');
  await playground.requestRegion.getByLabel('X-Amz-Expires (s)').fill('6o');
  await playground.send();
  await expect(
    playground.requestRegion.getByText('The expiry must be a whole number of seconds, at least 1.'),
  ).toBeVisible();
});
