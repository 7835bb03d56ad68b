import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

/**
 * S3 refuses TLS 1.0 and 1.1 at the handshake, with no HTTP answer at all (spec §6.5): the answer
 * must say so, never show a 200 or S3 headers.
 */
let playground: PlaygroundPage;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  await playground.openReady();
});

test.afterEach(() => {
  expect(playground.consoleErrors).toEqual([]);
});

test('a PutObject over TLS 1.0 gets no HTTP answer, and TLS 1.2 gets 200 again', async () => {
  await playground.chooseTlsVersion('1.0');
  await playground.send();
  await expect(playground.sendButton).toBeEnabled();
  await playground.showTab('Response');
  await expect(playground.responseRegion).toContainText('No HTTP answer');
  await expect(playground.responseRegion).toContainText('TLS alert protocol_version');
  await expect(playground.responseRegion).not.toContainText('200');
  await expect(playground.responseRegion).toContainText('Headers (0)');

  await playground.chooseTlsVersion('1.2');
  await playground.sendAndExpect(200);
});
