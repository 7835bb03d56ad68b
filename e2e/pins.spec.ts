import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PinsSection } from './pages/pins-section.ts';
import { PlaygroundPage } from './pages/playground-page.ts';

/** Pins: a request and its answer kept as an expectation, re-checked when the policy changes. */

let playground: PlaygroundPage;
let pins: PinsSection;

test.beforeEach(async ({ page, context }) => {
  playground = new PlaygroundPage(page, context);
  pins = new PinsSection(page);
  await playground.openReady();
});

test.afterEach(() => {
  playground.expectCleanRun();
});

const DENY_ALL_PUTS = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'NoUploads',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::test-bucket/*',
    },
  ],
};

test('a pinned answer that a draft policy would change is listed with the field that differs', async () => {
  await playground.sendAndExpect(200);
  await pins.pinButton.click();
  const pinned = pins.pin(/^Pin PutObject report\.txt: 200$/);
  await expect(pinned).toContainText('holds');
  await playground.replacePolicy(DENY_ALL_PUTS);
  await expect(pinned).toContainText('now differs: status 200 → 403; code none → AccessDenied');
  await expect(pins.region.getByRole('status')).toContainText('1 of 1 pinned answers now differ');
  await playground.page.screenshot({ path: 'test-results/screens/pins-differ.png' });
});

test('pins export as a scenario file with one step per pin', async () => {
  await playground.sendAndExpect(200);
  await pins.pinButton.click();
  const download = playground.page.waitForEvent('download');
  await pins.region.getByRole('button', { name: 'Export as scenario file' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.scenarios[0].steps).toEqual([
    expect.objectContaining({
      request: expect.objectContaining({ operation: 'PutObject', key: 'report.txt' }),
      expect: { status: 200 },
    }),
  ]);
});

test('pins survive a reload (they are part of the saved workspace)', async () => {
  await playground.sendAndExpect(200);
  await pins.pinButton.click();
  await expect(pins.pin(/^Pin PutObject report\.txt: 200$/)).toBeVisible();
  await playground.page.waitForTimeout(800);
  await playground.page.reload();
  await expect(pins.pin(/^Pin PutObject report\.txt: 200$/)).toBeVisible({ timeout: 20_000 });
});
