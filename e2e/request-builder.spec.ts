import { writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PinsSection } from './pages/pins-section.ts';
import { PlaygroundPage } from './pages/playground-page.ts';

/** The request builder: headers as the truth, S3's 400 at the field it names, a file from disk. */

let playground: PlaygroundPage;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

test("a bad header value gets S3's 400 next to that header, and the picker follows hand edits", async () => {
  await playground.chooseEncryption('SSE-S3');
  const value = playground.requestRegion.getByRole('textbox', { name: 'x-amz-server-side-encryption value' });
  await expect(value).toHaveValue('AES256');
  await value.fill('aws:kms');
  await expect(playground.requestRegion.getByLabel('Encryption', { exact: true })).toHaveValue('SSE-KMS');
  await value.fill('AES-256');
  await playground.sendAndExpect(400, 'InvalidArgument');
  await expect(value).toHaveAttribute('aria-invalid', 'true');
  await expect(playground.requestRegion.getByText(/^S3: InvalidArgument/)).toBeVisible();
  await playground.screenshot('header-error-at-field');
});

test('a large upload shows its progress and Cancel stops it before S3 stores anything', async () => {
  // From disk: a buffer this size is too slow to pass through the test protocol.
  const path = test.info().outputPath('large.bin');
  writeFileSync(path, Buffer.alloc(48 * 1024 * 1024, 3));
  await playground.requestRegion.getByLabel('Or send a file from disk:').setInputFiles(path);
  await playground.setObjectKey('large.bin');
  // The policy goes on first, so the one request in flight is the upload.
  await playground.applyPolicy();
  await playground.cancelOnSightOfProgress();
  await playground.sendButton.click();
  await expect(playground.requestRegion.getByText('Cancelled before S3 stored anything')).toBeVisible({
    timeout: 30_000,
  });
  await expect(playground.sendButton).toBeEnabled();
  // The progress line was there, saying where the request was, when Cancel was clicked.
  expect(await playground.progressSeenByCancel()).toMatch(/large\.bin|Sending|Queued/);
  await playground.showTab('Objects');
  await expect(playground.page.getByRole('region', { name: 'Objects', exact: true })).not.toContainText(
    'large.bin',
  );
});

test("a file over the playground's request limit is named at the body before it is sent, then refused", async () => {
  const path = test.info().outputPath('too-large.bin');
  writeFileSync(path, Buffer.alloc(65 * 1024 * 1024, 1));
  await playground.requestRegion.getByLabel('Or send a file from disk:').setInputFiles(path);
  await expect(
    playground.requestRegion.getByRole('status').filter({ hasText: 'over the playground' }),
  ).toContainText('64 MiB limit for one request');
  await playground.applyPolicy();
  await playground.sendAndExpect(400, 'EntityTooLarge');
});

test('a file from disk is sent as its bytes', async () => {
  const bytes = Buffer.alloc(300_000, 7);
  await playground.requestRegion.getByLabel('Or send a file from disk:').setInputFiles({
    name: 'big.bin',
    mimeType: 'application/octet-stream',
    buffer: bytes,
  });
  await expect(playground.requestRegion.getByText('Sending the file')).toContainText('300,000 bytes');
  await playground.setObjectKey('big.bin');
  await playground.sendAndExpect(200);
  await playground.showTab('Objects');
  await expect(playground.page.getByRole('region', { name: 'Objects', exact: true })).toContainText(
    '293.0 KiB',
  );
});

test('client-side encryption with a generated AES key round-trips through S3', async () => {
  await playground.chooseEncryption('Client-side');
  await playground.requestRegion.getByRole('radio', { name: 'Raw AES key (AES/GCM)' }).check();
  await playground.requestRegion.getByRole('button', { name: 'Generate key' }).click();
  await playground.sendAndExpect(200);
  await playground.chooseOperation('GetObject');
  await playground.sendAndExpect(200);
  await expect(playground.responseRegion).toContainText('Hello from the S3 encryption playground');
  await playground.screenshot('client-side-round-trip');
});

test('a checksum chosen as the CLI does is computed over the body, checked by S3 and echoed', async () => {
  await playground.chooseChecksum('CRC32');
  await expect(
    playground.requestRegion.getByRole('textbox', { name: 'x-amz-sdk-checksum-algorithm value' }),
  ).toHaveValue('CRC32');
  await playground.sendAndExpect(200);
  await expect(playground.responseRegion).toContainText('x-amz-checksum-crc32');
  await playground.screenshot('checksum-picker');
});

test('a multipart upload completes with the parts the builder lists with their ETags', async () => {
  await playground.setObjectKey('video.mp4');
  await playground.chooseOperation('CreateMultipartUpload');
  await playground.sendAndExpect(200);
  await playground.chooseOperation('UploadPart');
  await playground.sendAndExpect(200);
  await playground.chooseOperation('CompleteMultipartUpload');
  await expect(playground.requestRegion.getByLabel('CompleteMultipartUpload input (JSON)')).toHaveValue(
    /"ETag"/,
  );
  await playground.sendAndExpect(200);
});

/*
 * Multipart through the UI as S3 takes it: every part but the last at least 5 MiB (S3 User Guide,
 * multipart upload limits), made of generated bytes; the Complete hint says an empty part list is
 * refused; an UploadPart's partNumber does not ride into Complete; Copy as AWS CLI of an UploadPart
 * with no upload names what is missing.
 */

test('a 5 MiB part of generated bytes and a small last part complete with 200', async ({ page }) => {
  const region = playground.requestRegion;
  await playground.setObjectKey('big.bin');
  await playground.chooseOperation('CreateMultipartUpload');
  await playground.sendAndExpect(200);
  await playground.chooseOperation('UploadPart');
  await expect(region.getByTestId('request.part-size-hint')).toContainText('at least 5 MiB');
  await region.getByRole('button', { name: 'Use generated bytes' }).click();
  await expect(region).toContainText('Sending the file generated-5MiB.bin (5,242,880 bytes)');
  await page.screenshot({ path: 'test-results/screens/multipart-generated.png' });
  await playground.sendAndExpect(200);
  await region.getByRole('button', { name: 'Use text instead' }).click();
  await region.getByLabel('partNumber').fill('2');
  await playground.sendAndExpect(200);
  await playground.chooseOperation('CompleteMultipartUpload');
  await expect(region.getByLabel('partNumber')).toHaveValue('');
  await expect(region).toContainText('400 InvalidRequest');
  await expect(region).not.toContainText('every part uploaded so far');
  await playground.sendAndExpect(200);
  // Pinned and exported, the object's read passes in the file too: the 5 MiB part is rebuilt there.
  await playground.chooseOperation('GetObject');
  await playground.sendAndExpect(200);
  const pins = new PinsSection(page);
  await pins.pinButton.click();
  await pins.region.getByRole('button', { name: 'Export as scenario file' }).click();
  await expect(pins.region.getByTestId('pins.export-notice')).toContainText(
    'each pin answers there as it does here',
  );
  await expect(pins.region.getByTestId('pins.export-notice')).not.toContainText('answered otherwise');
});

test('Copy as AWS CLI of an UploadPart with no upload in progress names what is missing', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await playground.setObjectKey('big.bin');
  await playground.chooseOperation('UploadPart');
  await playground.requestRegion.getByRole('button', { name: 'Copy as AWS CLI' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n')).toEqual([
    '# UploadPart needs --upload-id and --part-number, which the request builder does not give yet: fill in the placeholders (sent without, S3 refuses the request).',
    "aws s3api upload-part --bucket test-bucket --key big.bin --upload-id '<UploadId from create-multipart-upload>' --part-number '<part number, 1 to 10000>' --body body.bin",
  ]);
});

test('the second click of a double click sends nothing, even after a fast answer; a separate click sends again', async ({
  page,
}) => {
  await playground.chooseEncryption('SSE-KMS');
  const box = await playground.sendButton.boundingBox();
  if (!box) throw new Error('Send request is not on screen');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.click(x, y);
  await expect(playground.sendButton).toBeEnabled();
  // The answer is in and the button enabled again: these are the second and third clicks of a
  // triple click (the mouse still over the button, so only the click count changes).
  for (const clickCount of [2, 3]) {
    await page.mouse.down({ clickCount });
    await page.mouse.up({ clickCount });
  }
  await playground.showTab('Audit log');
  const audit = page.getByRole('region', { name: 'Audit log', exact: true });
  // Each SSE-KMS PutObject is one GenerateDataKey call.
  await expect(audit.getByRole('status')).toHaveText('1 of 1 events');
  await page.mouse.click(x, y);
  await expect(audit.getByRole('status')).toHaveText('2 of 2 events');
});
