import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';
import { DENY_PLAIN_HTTP } from './pages/policies.ts';

/** What a newcomer does first, with nothing but the visible controls: found by an outside QA pass. */

let playground: PlaygroundPage;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

test('a pretty-printed policy inserted in one go stays valid JSON and denies plain HTTP', async () => {
  // Monaco used to replay the insertion key by key: auto-indent and auto-closed brackets broke it.
  await playground.insertPolicyText(JSON.stringify(DENY_PLAIN_HTTP, null, 2));
  await expect(playground.policyRegion.getByText('No problems found in the policy.')).toBeVisible();
  await playground.setHttps(false);
  await playground.sendAndExpect(403, 'AccessDenied');
  const trace = playground.page.getByRole('region', { name: 'Trace', exact: true });
  await expect(trace).toContainText('DenyInsecureTransport');
});

test('CopyObject with no copy-source header copies the object onto itself, as the form says', async () => {
  await playground.enableVersioning();
  await playground.sendAndExpect(200);
  await playground.chooseOperation('CopyObject');
  await expect(playground.requestRegion).toContainText('x-amz-copy-source: test-bucket/report.txt');
  await playground.chooseEncryption('SSE-KMS');
  await playground.sendAndExpect(200);
  await expect(playground.responseRegion).toContainText('aws:kms');
  await playground.showTab('Objects');
  const objects = playground.page.getByRole('region', { name: 'Objects', exact: true });
  await expect(objects.getByText('current', { exact: true })).toBeVisible();
  await expect(objects.getByText('noncurrent', { exact: true })).toBeVisible();
});

test('an emptied editor means no bucket policy: no red errors, and Apply deletes the policy', async () => {
  await playground.insertPolicyText(JSON.stringify(DENY_PLAIN_HTTP));
  await playground.applyPolicy();
  await expect(playground.policyRegion.getByText('S3 accepted the policy (204).')).toBeVisible();
  await playground.insertPolicyText('');
  await expect(playground.policyRegion.getByRole('list', { name: 'Policy problems' })).toHaveCount(0);
  await expect(
    playground.policyRegion.getByText('The editor is empty: the bucket gets no policy.'),
  ).toBeVisible();
  await playground.applyPolicy();
  await expect(playground.policyRegion.getByText('S3 deleted the bucket policy (204).')).toBeVisible();
  await playground.setHttps(false);
  await playground.sendAndExpect(200);
});
