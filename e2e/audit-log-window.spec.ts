import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

/**
 * A long session's audit log stays light: the panel renders the newest 100 KMS events and adds
 * older ones on request (the engine keeps the newest 1,000: src/engine/kms/audit-log.test.ts).
 */

let playground: PlaygroundPage;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

test('the audit log shows the newest 100 events and the older ones on request', async () => {
  test.slow();
  await playground.chooseEncryption('SSE-KMS');
  // Each SSE-KMS PutObject is one GenerateDataKey call.
  for (let n = 0; n < 103; n++) {
    await playground.send();
    await expect(playground.sendButton).toBeEnabled();
  }
  await playground.showTab('Audit log');
  const audit = playground.page.getByRole('region', { name: 'Audit log', exact: true });
  const events = audit.getByRole('list', { name: 'KMS events' }).locator(':scope > li');
  await expect(audit.getByRole('status')).toHaveText('103 of 103 events');
  await expect(events).toHaveCount(100);
  await audit.getByRole('button', { name: 'Show 3 older events' }).click();
  await expect(events).toHaveCount(103);
  await expect(audit.getByRole('button', { name: /older events/ })).toHaveCount(0);
});
