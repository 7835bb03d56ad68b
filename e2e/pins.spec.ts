import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  await expect(pins.region.getByRole('status')).toContainText('1 of 1 pinned answer now differs');
  await playground.page.screenshot({ path: 'test-results/screens/pins-differ.png' });
});

test('pins export as a scenario file: the requests that made the world, then one step per pin', async () => {
  await playground.sendAndExpect(200);
  await pins.pinButton.click();
  const download = playground.page.waitForEvent('download');
  await pins.region.getByRole('button', { name: 'Export as scenario file' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  const steps = exported.scenarios[0].steps;
  const text = 'Hello from the S3 encryption playground';
  // The pin, last, with the body it was sent with (the page keeps its own copy of the bytes).
  expect(steps.at(-1)).toEqual({
    request: expect.objectContaining({ operation: 'PutObject', key: 'report.txt', body: text }),
    expect: { status: 200 },
  });
  // Before it, the requests that made the world, the PutObject among them with its bytes.
  const base64 = Buffer.from(text).toString('base64');
  expect(steps.slice(0, -1)).toContainEqual(
    expect.objectContaining({
      request: expect.objectContaining({ operation: 'PutObject', body: { base64 } }),
      explain: expect.stringMatching(/^Set-up: request \d+ sent/),
    }),
  );
});

test("a pinned GetObject of an SSE-KMS object holds in the app and passes in the CLI runner (the tester's report)", async () => {
  await playground.setObjectKey('a.txt');
  await playground.chooseEncryption('SSE-KMS');
  await playground.sendAndExpect(200);
  await playground.chooseOperation('GetObject');
  await playground.sendAndExpect(200);
  await pins.pinButton.click();
  await expect(pins.pin(/^Pin GetObject a\.txt: 200$/)).toContainText('holds');
  const download = playground.page.waitForEvent('download');
  await pins.region.getByRole('button', { name: 'Export as scenario file' }).click();
  const file = join(mkdtempSync(join(tmpdir(), 'pins-')), 'pinned.json');
  await (await download).saveAs(file);
  await expect(pins.region.getByTestId('pins.export-notice')).toContainText(
    'each pin answers there as it does here',
  );
  await playground.page.screenshot({ path: 'test-results/screens/pins-exported.png' });
  // What CI runs: `npm run scenarios -- file.json` exits 0 only when every scenario passes.
  const run = spawnSync('npx', ['tsx', 'src/cli/scenarios.ts', file], { encoding: 'utf8' });
  expect(run.stdout).toContain('PASS pinned-expectations');
  expect(run.status).toBe(0);
});

test('pins survive a reload (they are part of the saved workspace)', async () => {
  await playground.sendAndExpect(200);
  await pins.pinButton.click();
  await expect(pins.pin(/^Pin PutObject report\.txt: 200$/)).toBeVisible();
  await playground.page.waitForTimeout(800);
  await playground.page.reload();
  await expect(pins.pin(/^Pin PutObject report\.txt: 200$/)).toBeVisible({ timeout: 20_000 });
});
