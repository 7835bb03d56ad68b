import { expect, test } from '@playwright/test';
import { packJson } from '../src/state/share-codec.ts';
import { openFresh, PlaygroundPage } from './pages/playground-page.ts';

/** Issue 12 "saved work is rescued, never silently replaced". */

const WORKSPACE_KEY = 's3-encryption-playground:workspace';
const savedIn = (page: import('@playwright/test').Page, key = WORKSPACE_KEY) =>
  page.evaluate((k) => localStorage.getItem(k), key);

test('saved work with one bad field keeps the rest, names what was dropped and keeps a backup', async ({
  page,
  context,
}) => {
  const raw = JSON.stringify({ v: 1, request: { key: 'rescued.txt', https: 'sometimes' } });
  await page.addInitScript((text) => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('s3-encryption-playground:workspace', text);
    }
  }, raw);
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  const alert = page.getByRole('alert').filter({ hasText: 'could not be read and was left out' });
  await expect(alert).toContainText(`request's "https"`);
  await expect(alert).toContainText('workspace-backup');
  await expect(playground.requestRegion.getByRole('textbox', { name: 'Object key' })).toHaveValue(
    'rescued.txt',
  );
  expect(await savedIn(page, 's3-encryption-playground:workspace-backup')).toBe(raw);
  // The rescued work is what is saved now; a reload has nothing left to rescue.
  await expect.poll(() => savedIn(page)).toContain('rescued.txt');
  await page.reload();
  await expect(playground.sendButton).toBeEnabled();
  await expect(alert).toHaveCount(0);
  playground.expectCleanRun();
});

test('a share link opened over saved work opens beside it, and "Back to my work" returns to it', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await playground.setObjectKey('my-own.txt');
  await expect.poll(() => savedIn(page)).toContain('my-own.txt');
  const link = `./#s=${packJson({ v: 1, request: { key: 'from-the-link.txt' } })}`;
  await openFresh(page, link);
  const bar = page.getByRole('region', { name: 'Shared link' });
  await expect(bar).toContainText('opened beside your own work');
  const keyField = playground.requestRegion.getByRole('textbox', { name: 'Object key' });
  await expect(keyField).toHaveValue('from-the-link.txt');
  await keyField.fill('edited-link.txt');
  await page.waitForTimeout(600);
  expect(await savedIn(page)).toContain('my-own.txt');
  await bar.getByRole('button', { name: 'Back to my work' }).click();
  await expect(playground.sendButton).toBeEnabled();
  await expect(keyField).toHaveValue('my-own.txt');
  await expect(bar).toHaveCount(0);
  // "Keep this as my work" is the other way: the link then replaces the saved work.
  await openFresh(page, link);
  await bar.getByRole('button', { name: 'Keep this as my work' }).click();
  await expect(bar).toHaveCount(0);
  await expect.poll(() => savedIn(page)).toContain('from-the-link.txt');
  playground.expectCleanRun();
});

test('a link whose policy S3 refuses still opens: the rest applies, the refusal shows, nothing broken is saved', async ({
  page,
  context,
}) => {
  const publicPolicy = {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::test-bucket/*' },
    ],
  };
  const link = `./#s=${packJson({
    v: 1,
    setup: { account: '111122223333', bucket: 'test-bucket', versioning: 'Enabled', policy: publicPolicy },
  })}`;
  const playground = new PlaygroundPage(page, context);
  await playground.openReady(link);
  const refused = page.getByRole('alert').filter({ hasText: 'S3 refused part of this set-up' });
  await expect(refused).toContainText('policy');
  await expect(refused).toContainText('AccessDenied');
  await expect(playground.bucketRegion.getByText('Bucket now: Enabled')).toBeVisible();
  await playground.sendAndExpect(200);
  await expect.poll(() => savedIn(page)).toContain('Enabled');
  expect(await savedIn(page)).not.toContain('"Principal":"*"');
  // A plain visit afterwards opens the saved work, without the refused policy.
  await openFresh(page, './');
  await expect(playground.sendButton).toBeEnabled();
  await expect(refused).toHaveCount(0);
  playground.expectCleanRun();
});
