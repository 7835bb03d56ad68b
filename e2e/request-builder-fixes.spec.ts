import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';
import { RequestBuilderSection } from './pages/request-builder.ts';

/** Issue 9, "Request builder fixes found when tried as a new user would". */

let playground: PlaygroundPage;
let builder: RequestBuilderSection;

const SSE_C_KEY = 'x-amz-server-side-encryption-customer-key';
const SSE_C_MD5 = 'x-amz-server-side-encryption-customer-key-md5';

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  builder = new RequestBuilderSection(page);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

test('UpdateObjectEncryption starts from a valid input, and the Objects panel shows SSE-KMS consistently after it', async () => {
  await playground.createKey('alias/rotate');
  const arn = await playground
    .kmsKey('alias/rotate')
    .getByText(/^arn:aws:kms:/)
    .textContent();
  await playground.sendAndExpect(200);
  await playground.chooseOperation('PutBucketVersioning');
  await builder.body.fill('{"Status": "Suspended"}');
  await playground.chooseOperation('UpdateObjectEncryption');
  expect(await builder.bodyJson()).toEqual({
    ObjectEncryption: { SSEKMS: { KMSKeyArn: arn?.trim(), BucketKeyEnabled: false } },
  });
  await playground.sendAndExpect(200);
  await playground.showTab('Objects');
  const objects = playground.page.getByRole('region', { name: 'Objects', exact: true });
  await expect(objects.getByText('SSE-KMS', { exact: true })).toBeVisible();
  await expect(objects.getByText('SSEApplied SSE_KMS')).toBeVisible();
  await expect(objects).not.toContainText('Default_SSE_S3');
});

test('a Send that cannot go out says so in the Send bar and clears the stale answer', async () => {
  await playground.sendAndExpect(200);
  await expect(builder.lastAnswer).toContainText('PutObject → 200');
  await playground.chooseOperation('PutBucketVersioning');
  await builder.body.fill('{"Status": ');
  await playground.send();
  await expect(builder.sendBar.getByRole('alert')).toHaveText(
    'Not sent: fix the PutBucketVersioning input (the message is at the field).',
  );
  await expect(builder.lastAnswer).toHaveCount(0);
  await expect(playground.responseRegion).toContainText("Send a request to see S3's answer.");
});

test('pasting an SSE-C key recomputes its MD5', async () => {
  await playground.setBucketOption('Block SSE-C writes', false);
  await playground.applyEncryption();
  await playground.chooseEncryption('SSE-C');
  const key = Buffer.alloc(32, 9);
  await builder.headerValue(SSE_C_KEY).fill(key.toString('base64'));
  await expect(builder.headerValue(SSE_C_MD5)).toHaveValue(createHash('md5').update(key).digest('base64'));
  await playground.sendAndExpect(200);
});

test('a share link without keys drops the SSE-C key with its MD5 and says the key must be entered again', async ({
  browser,
}) => {
  await playground.chooseEncryption('SSE-C');
  await playground.setObjectKey('secret.txt');
  await expect(playground.page).toHaveURL(/#s=/);
  const link = playground.page.url();
  const guestContext = await browser.newContext();
  const guest = new PlaygroundPage(await guestContext.newPage(), guestContext);
  const guestBuilder = new RequestBuilderSection(guest.page);
  await guest.openReady(link);
  await expect(guest.page.getByRole('status').filter({ hasText: 'SSE-C key was left out' })).toContainText(
    'enter the key again',
  );
  await expect(guestBuilder.headerValue(SSE_C_KEY)).toHaveValue('');
  await expect(guestBuilder.headerValue(SSE_C_MD5)).toHaveValue('');
  guest.expectCleanRun();
  await guestContext.close();
});

test('a Send stopped because S3 refused the edited policy says so, and the trace names the bucket stage', async () => {
  await playground.insertPolicyText('{ "Version": "2012-10-17", "Statement": [ { "Effect": "Allow" } ] }');
  await playground.send();
  await expect(builder.sendBar).toContainText('S3 refused your policy; the PutObject was not sent');
  const trace = playground.page.getByRole('region', { name: 'Trace', exact: true });
  await expect(trace).toContainText('Bucket configuration');
  await expect(trace).not.toContainText('Crypto & storage');
});

test("an allowed request's authorization card never also says denied by default", async () => {
  await playground.sendAndExpect(200);
  const trace = playground.page.getByRole('region', { name: 'Trace', exact: true });
  await expect(trace).toContainText('Bucket policy has no statement that allows it');
  await expect(trace).not.toContainText('denied by default');
});

test('a file dropped onto the body is sent as the body; one over the limit gets a message at the field', async () => {
  await builder.dropOnBody('notes.txt', { text: 'dropped bytes' });
  await expect(builder.region.getByText('Sending the file')).toContainText('notes.txt');
  await playground.setObjectKey('notes.txt');
  await playground.sendAndExpect(200);
  await playground.chooseOperation('PutBucketVersioning');
  await builder.dropOnBody('versioning.json', { text: '{"Status": "Enabled"}' });
  await expect(builder.body).toHaveValue('{"Status": "Enabled"}');
  await builder.dropOnBody('huge.json', { size: 1024 * 1024 + 1 });
  await expect(builder.region.getByRole('alert')).toContainText(
    '“huge.json” is 1,048,577 bytes; an input file here is at most 1 MiB',
  );
  await expect(builder.body).toHaveValue('{"Status": "Enabled"}');
  // The drop stayed with the field: no lesson was opened from it.
  await expect(playground.page.getByRole('region', { name: 'Lesson' })).toHaveCount(0);
});

test('the request history lists the requests sent, newest first, and loads one back into the builder', async () => {
  await playground.setObjectKey('first.txt');
  await playground.chooseEncryption('SSE-S3');
  await playground.sendAndExpect(200);
  await playground.chooseOperation('GetObject');
  await playground.setObjectKey('missing.txt');
  await playground.sendAndExpect(404, 'NoSuchKey');
  await expect(builder.history.getByRole('button')).toHaveText([
    /GetObject missing\.txt.*404 NoSuchKey/,
    /PutObject first\.txt.*200/,
  ]);
  await builder.historyEntry('PutObject first.txt: 200').click();
  await expect(builder.region.getByLabel('Operation')).toHaveValue('PutObject');
  await expect(builder.region.getByRole('textbox', { name: 'Object key' })).toHaveValue('first.txt');
  await expect(builder.region.getByLabel('Encryption', { exact: true })).toHaveValue('SSE-S3');
  await expect(builder.lastAnswer).toContainText('PutObject → 200');
});
