import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

test('the KMS panel creates keys and walks one through its states, each change a kms:* call', async ({
  page,
  context,
}) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  await playground.createKey('alias/walk');
  const key = playground.kmsKey('alias/walk');
  await key.getByRole('button', { name: 'Schedule deletion (7 days)' }).click();
  await expect(key).toContainText('PendingDeletion');
  await expect(
    playground.kmsRegion.getByRole('status', { name: 'kms:ScheduleKeyDeletion answer' }),
  ).toContainText('200');
  await key.getByRole('button', { name: 'Cancel deletion' }).click();
  await expect(key).toContainText('Disabled');
  await key.getByRole('button', { name: 'Enable alias/walk' }).click();
  await expect(key).toContainText('Enabled');
  await key.getByRole('button', { name: 'Key policy' }).click();
  const policy = key.getByLabel(/^Key policy/);
  await expect(policy).toHaveValue(/"Version": "2012-10-17"/);
  await policy.fill('{ "Version": "2012-10-17", "Statement": ');
  await key.getByRole('button', { name: 'Save key policy' }).click();
  await expect(playground.kmsRegion.getByRole('status', { name: 'kms:PutKeyPolicy answer' })).toContainText(
    '400',
  );
  await playground.screenshot('kms-panel');
  playground.expectCleanRun();
});

test('a double click on Create key makes one key, and says nothing failed', async ({ page, context }) => {
  const playground = new PlaygroundPage(page, context);
  await playground.openReady();
  const before = await playground.kmsRegion.getByRole('listitem', { name: /^Key / }).count();
  await playground.kmsRegion.getByLabel('New key alias (optional)').fill('alias/once');
  await playground.kmsRegion.getByRole('button', { name: 'Create key' }).dblclick();
  await expect(playground.kmsKey('alias/once')).toBeVisible();
  await expect(playground.kmsRegion.getByRole('listitem', { name: /^Key / })).toHaveCount(before + 1);
  await expect(playground.kmsRegion).not.toContainText('AlreadyExistsException');
  playground.expectCleanRun();
});
