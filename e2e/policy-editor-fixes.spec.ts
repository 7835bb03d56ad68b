import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';
import { DENY_PLAIN_HTTP, denyPlainHttp } from './pages/policies.ts';
import { PolicyEditorSection } from './pages/policy-editor-section.ts';

/** Editor fixes: errors first, "did you mean", full height, Tab never traps, the deciding statement. */

let playground: PlaygroundPage;
let editor: PolicyEditorSection;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  editor = new PolicyEditorSection(page);
  await playground.openReady();
  await playground.waitForEditor(20_000);
});

test.afterEach(() => {
  playground.expectCleanRun();
});

test('errors are listed before warnings, and a typo in a value gets "did you mean"', async () => {
  await playground.replacePolicy({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'RequireKms',
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:PutObject',
        Resource: 'arn:aws:s3:::test-bucket/*',
        Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:ksm' } },
      },
      {
        Sid: 'Broken',
        Effect: 'Allow',
        Principal: '*',
        Action: 's3:GetObjekt',
        Resource: 'arn:aws:s3:::test-bucket/*',
      },
    ],
  });
  await expect(editor.problems.first()).toContainText('error');
  await expect(editor.region.getByText(/Did you mean "aws:kms"\?/)).toBeVisible();
  const severities = await editor.problems.evaluateAll((items) =>
    items.map((item) => item.querySelector('span')?.textContent ?? ''),
  );
  expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
});

test('a value S3 stores without checking (Bool "yes") is a warning, not an error beside S3\'s refusals', async () => {
  const [statement] = denyPlainHttp('DenyHttp').Statement;
  await playground.replacePolicy({
    Version: '2012-10-17',
    Statement: [
      {
        ...statement,
        Condition: { Bool: { 'aws:SecureTransport': 'yes' }, Boool: { 'aws:SecureTransport': 'false' } },
      },
    ],
  });
  const yes = editor.problems.filter({ hasText: '"yes" is not "true" or "false"' });
  await expect(yes).toContainText('S3 stores the policy without checking');
  await expect(yes.locator('span').first()).toHaveText('warning');
  await expect(editor.problems.filter({ hasText: '"Boool"' }).locator('span').first()).toHaveText('error');
});

test('Full height gives the editor the window, and the box can be resized', async () => {
  await playground.page.setViewportSize({ width: 1366, height: 768 });
  const before = (await editor.region.boundingBox())?.height ?? 0;
  await editor.fullHeight.click();
  await expect(editor.fullHeight).toHaveAttribute('aria-pressed', 'true');
  const after = (await editor.region.boundingBox())?.height ?? 0;
  expect(after).toBeGreaterThan(before);
  expect(after).toBeGreaterThan(600);
  const resize = await editor.region.evaluate(
    (node) => getComputedStyle(node.parentElement as Element).resize,
  );
  expect(resize).toBe('vertical');
});

test('Escape then Tab leaves the editor, and the hint says so', async () => {
  await expect(editor.region.getByText('Press Escape then Tab to leave the editor')).toBeVisible();
  await editor.region.locator('.monaco-editor .view-lines').first().click();
  expect(await editor.focusInEditor()).toBe(true);
  await playground.page.keyboard.press('Tab');
  expect(await editor.focusInEditor()).toBe(true);
  await playground.page.keyboard.press('Escape');
  await playground.page.keyboard.press('Tab');
  expect(await editor.focusInEditor()).toBe(false);
});

test('after a request the deciding statement is highlighted, and its Sid in the trace leads to it', async () => {
  await playground.replacePolicy(DENY_PLAIN_HTTP);
  await playground.setHttps(false);
  await playground.sendAndExpect(403, 'AccessDenied');
  await expect(editor.decidingHighlight.first()).toBeVisible();
  await expect(editor.region.getByText(/Highlighted: the statement "DenyInsecureTransport"/)).toBeVisible();
  await playground.page.getByRole('button', { name: /^DenyInsecureTransport \(#1\)$/ }).click();
  expect(await editor.focusInEditor()).toBe(true);
});

test('a deciding statement out of the editor view is scrolled into it', async () => {
  const readers = Array.from({ length: 8 }, (_, i) => ({
    Sid: `ReadPrefix${i}`,
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::111122223333:root' },
    Action: 's3:GetObject',
    Resource: `arn:aws:s3:::test-bucket/prefix-${i}/*`,
  }));
  const [deny] = DENY_PLAIN_HTTP.Statement;
  // Typed in, the text leaves the view at its end: the deciding Deny, first, is out of view. Monaco
  // draws only the lines in view, so a drawn highlight is one the editor shows.
  await playground.insertPolicyText(
    JSON.stringify({ Version: '2012-10-17', Statement: [deny, ...readers] }, null, 2),
  );
  await playground.applyPolicy();
  await expect(editor.decidingHighlight).toHaveCount(0);
  await playground.setHttps(false);
  await playground.sendAndExpect(403, 'AccessDenied');
  await expect(editor.region.getByText(/Highlighted: the statement "DenyInsecureTransport"/)).toBeVisible();
  await expect(editor.decidingHighlight.first()).toBeAttached();
});
