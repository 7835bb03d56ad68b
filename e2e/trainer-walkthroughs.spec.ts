import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

/**
 * What a trainer clicks through in front of a room, one S3 lesson per test, against the real app
 * and engine. Each ends with a screenshot and the offline / no-console-error check.
 */

let playground: PlaygroundPage;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

const REQUIRE_SSE_KMS_HEADER = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'RequireKmsHeader',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::test-bucket/*',
      Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } },
    },
  ],
};

test('plain HTTP is denied by an aws:SecureTransport policy once it is applied', async () => {
  // The default policy text is the documented HTTPS-only Deny; S3 enforces it once applied.
  await playground.applyPolicy();
  await expect(playground.policyRegion.getByRole('status')).toContainText('S3 accepted the policy');
  await playground.setHttps(false);
  await playground.sendAndExpect(403, 'AccessDenied');
  await playground.screenshot('a-http-denied-by-secure-transport');
  await playground.setHttps(true);
  await playground.sendAndExpect(200);
});

test("Send request applies an edited policy first, and a policy S3 refuses stops the request with S3's answer", async () => {
  await playground.replacePolicy(REQUIRE_SSE_KMS_HEADER);
  await expect(playground.policyRegion.getByRole('status')).toContainText('Send request applies it first');
  await playground.sendAndExpect(403, 'AccessDenied');
  await expect(playground.policyRegion.getByRole('status')).toContainText('S3 accepted the policy');
  await playground.replacePolicy({
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Deny', Principal: '*', Action: 's3:Frobnicate', Resource: 'arn:aws:s3:::test-bucket/*' },
    ],
  });
  await playground.sendAndExpect(400, 'MalformedPolicy');
  await playground.screenshot('a2-edited-policy-applied-on-send');
});

test('SSE-C over plain HTTP is refused with 400 before any policy is consulted', async () => {
  await playground.chooseEncryption('SSE-C');
  await playground.requestRegion.getByRole('button', { name: 'Generate key' }).click();
  await expect(
    playground.requestRegion.getByRole('textbox', {
      name: 'x-amz-server-side-encryption-customer-key-MD5 value',
    }),
  ).not.toHaveValue('');
  await playground.setHttps(false);
  await playground.sendAndExpect(400);
  await playground.screenshot('b-sse-c-over-http');
});

test('default encryption does not satisfy a policy that requires the header (403 despite the default)', async () => {
  await playground.chooseDefaultEncryption('SSE-KMS (aws:kms)');
  await playground.applyEncryption();
  await playground.replacePolicy(REQUIRE_SSE_KMS_HEADER);
  await playground.applyPolicy();
  await expect(playground.policyRegion.getByRole('status')).toContainText('S3 accepted the policy');
  await playground.sendAndExpect(403, 'AccessDenied');
  await playground.showTab('Trace');
  await expect(playground.page.getByRole('region', { name: 'Trace', exact: true })).toBeVisible();
  await playground.screenshot('c-default-encryption-vs-required-header');
  await playground.chooseEncryption('SSE-KMS');
  await playground.sendAndExpect(200);
});

test('a disabled KMS key makes the GET of an SSE-KMS object fail with KMS.DisabledException', async () => {
  await playground.createKey('alias/lesson-key');
  await playground.chooseEncryption('SSE-KMS');
  await playground.chooseRequestKmsKey('alias/lesson-key (Enabled)');
  await playground.sendAndExpect(200);
  await playground.disableKey('alias/lesson-key');
  await playground.chooseOperation('GetObject');
  await playground.chooseEncryption('Bucket default');
  await playground.sendAndExpect(400, 'KMS.DisabledException');
  await playground.screenshot('d-disabled-kms-key');
});

test('a bucket key cuts the KMS GenerateDataKey calls for several uploads to one', async () => {
  await playground.createKey('alias/bucket-key-demo');
  await playground.chooseDefaultEncryption('SSE-KMS (aws:kms)', 'alias/bucket-key-demo (Enabled)');
  await playground.setBucketOption('Bucket key (SSE-KMS only)', true);
  await playground.applyEncryption();
  for (const key of ['a.txt', 'b.txt', 'c.txt']) {
    await playground.setObjectKey(key);
    await playground.sendAndExpect(200);
  }
  const key = playground.kmsKey('alias/bucket-key-demo');
  await expect(key).toContainText('GenerateDataKey 1');
  await playground.showTab('Audit log');
  const audit = playground.page.getByRole('region', { name: 'Audit log', exact: true });
  await expect(audit.getByText('GenerateDataKey').first()).toBeVisible();
  await playground.screenshot('e-bucket-key-audit-log');
});

test('an in-place copy changes the encryption and creates a new version', async () => {
  await playground.enableVersioning();
  await playground.setObjectKey('report.txt');
  await playground.sendAndExpect(200);
  await playground.chooseOperation('CopyObject');
  await playground.chooseEncryption('SSE-KMS');
  await playground.addHeader('x-amz-copy-source', 'test-bucket/report.txt');
  await playground.sendAndExpect(200);
  await expect(playground.responseRegion).toContainText('x-amz-version-id');
  await expect(playground.responseRegion).toContainText('aws:kms');
  await playground.showTab('Objects');
  const objects = playground.page.getByRole('region', { name: 'Objects', exact: true });
  await expect(objects.getByText('report.txt').first()).toBeVisible();
  await expect(objects.getByText('current', { exact: true })).toBeVisible();
  await expect(objects.getByText('noncurrent', { exact: true })).toBeVisible();
  await playground.screenshot('f-in-place-copy-new-version');
});
