import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../scripts/content-security-policy.ts';
import { packJson } from '../src/state/share-codec.ts';
import { openFresh, PlaygroundPage } from './pages/playground-page.ts';

/** Issue 12: key-export warnings, the strict CSP over a full session, and limits on hostile links. */

test('"Copy as curl" and "Copy as AWS CLI" ask before copying a command that holds an SSE-C key', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  // Without a key nothing is asked.
  await playground.requestRegion.getByRole('button', { name: 'Copy as curl' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  expect(await clipboard()).toContain('curl');
  await playground.chooseEncryption('SSE-C');
  await playground.requestRegion.getByRole('button', { name: 'Generate key' }).click();
  const key = await playground.requestRegion
    .getByRole('textbox', { name: 'x-amz-server-side-encryption-customer-key value' })
    .inputValue();
  for (const label of ['Copy as curl', 'Copy as AWS CLI']) {
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await playground.requestRegion.getByRole('button', { name: label }).click();
    const ask = page.getByRole('alertdialog', { name: `${label}: the command contains a key` });
    await expect(ask).toContainText('contains an SSE-C key');
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(ask).toHaveCount(0);
    expect(await clipboard()).toBe('before');
    await playground.requestRegion.getByRole('button', { name: label }).click();
    await ask.getByRole('button', { name: 'Copy anyway' }).click();
    await expect.poll(clipboard).toContain(key);
  }
  await playground.screenshot('key-export-warning');
  playground.expectCleanRun();
});

test('the built page carries the strict CSP and a full session violates none of it', async ({
  page,
  context,
}) => {
  // A whole session (Monaco, a policy, a send, a key, a lesson): room for a loaded machine.
  test.setTimeout(150_000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  // Monaco and its workers, an applied policy, a send, the KMS panel, then a lesson and its steps.
  await playground.replacePolicy({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'OnlyKmsUploads',
        Effect: 'Deny',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: ['s3:PutObject'],
        Resource: ['arn:aws:s3:::test-bucket/*'],
        Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } },
      },
    ],
  });
  await playground.applyPolicy();
  await playground.sendAndExpect(403, 'AccessDenied');
  await playground.createKey('alias/csp-demo');
  await playground.showTab('Audit log');
  await openFresh(page, './#lesson=https-only-policy');
  const lesson = page.getByRole('region', { name: 'Lesson', exact: true });
  await lesson.getByRole('button', { name: 'Run step 1' }).click();
  await lesson.getByRole('button', { name: 'Run step 2' }).click();
  await expect(lesson.getByTestId('step-2-answer')).toHaveText(/403/);
  expect(await violations()).toEqual([]);
  playground.expectCleanRun();
});

test('a 215-byte link asking for a 100 MiB object opens at once, with the limit named', async ({
  page,
  context,
}) => {
  const link = `./#s=${packJson({
    v: 1,
    setup: {
      account: '111122223333',
      bucket: 'test-bucket',
      objects: [{ key: 'huge.bin', body: { repeat: 'x', times: 104_857_600 } }],
    },
  })}`;
  const playground = new PlaygroundPage(page, context);
  await playground.openReady(link);
  const refused = page.getByRole('alert').filter({ hasText: 'S3 refused part of this set-up' });
  await expect(refused).toContainText("past the simulator's limit of 16 MiB");
  await playground.sendAndExpect(200);
  playground.expectCleanRun();
});

test('a paste far past any policy size is refused at the editor with the limit named, and the policy stays', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await playground.waitForEditor();
  // 5,200 statements on one line, about 1 MB: it used to overflow Monaco's JSON worker and freeze the page.
  const statement = (i: number) =>
    JSON.stringify({
      Sid: `S${i}`,
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: `arn:aws:s3:::test-bucket/p${i}/*`,
    });
  const huge = `{"Version":"2012-10-17","Statement":[${Array.from({ length: 5200 }, (_, i) => statement(i)).join(',')}]}`;
  await page.evaluate((text) => navigator.clipboard.writeText(text), huge);
  const editor = playground.policyRegion.locator('.monaco-editor .view-lines').first();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  const refused = playground.policyRegion.getByRole('alert');
  await expect(refused).toContainText(
    `Not pasted: the policy would hold ${huge.length.toLocaleString('en-US')} characters`,
  );
  await expect(refused).toContainText('at most 200,000');
  await expect(editor).toContainText('DenyInsecureTransport');
  await playground.screenshot('hardening-paste-refused');
  await refused.getByRole('button', { name: 'Dismiss' }).click();
  await expect(refused).toHaveCount(0);
  playground.expectCleanRun();
});
