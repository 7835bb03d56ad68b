import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './pages/fixtures.ts';
import { putLessonFile } from './pages/lesson-page.ts';

/** Issue 8: "Save as lesson" writes a file the runner passes; "Open file" and a drop open one. */

test('Save as lesson downloads a file that passes npm run scenarios unchanged', async ({
  playground,
  page,
}, testInfo) => {
  await playground.openReady();
  await playground.applyPolicy();
  await playground.setObjectKey('saved.txt');
  await playground.sendAndExpect(200);
  await playground.setHttps(false);
  await playground.sendAndExpect(403, 'AccessDenied');
  await page.getByRole('button', { name: 'Save as lesson' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as lesson' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Plain HTTP is refused');
  await dialog.getByRole('textbox', { name: 'Explanation for step 3' }).fill('Over HTTP the Deny matches.');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download lesson file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('plain-http-is-refused.json');
  const file = testInfo.outputPath('saved-lesson.json');
  await download.saveAs(file);
  expect(readFileSync(file, 'utf8')).toContain('Over HTTP the Deny matches.');
  // The command-line runner, exactly as a trainer would run it (exit 0 when every step passes).
  const out = execFileSync('npx', ['tsx', 'src/cli/scenarios.ts', file], { encoding: 'utf8' });
  expect(out).toMatch(/PASS plain-http-is-refused/);
  expect(out).toMatch(/1 passed, 0 failed/);
  playground.expectCleanRun();
});

test('a lesson saved after creating a KMS key in the panel runs in the CLI: the key is part of its set-up', async ({
  playground,
  page,
}, testInfo) => {
  await playground.openReady();
  await playground.createKey('alias/saved-key');
  await playground.setObjectKey('with-my-key.txt');
  await playground.chooseEncryption('SSE-KMS');
  await playground.chooseRequestKmsKey('alias/saved-key (Enabled)');
  await playground.sendAndExpect(200);
  await playground.disableKey('alias/saved-key');
  await playground.chooseOperation('GetObject');
  await playground.chooseEncryption('Bucket default');
  await playground.sendAndExpect(400, 'KMS.DisabledException');
  await page.getByRole('button', { name: 'Save as lesson' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as lesson' });
  await expect(dialog).toContainText("This key becomes part of the lesson's set-up, with its id.");
  await dialog.getByRole('textbox', { name: 'Title' }).fill('My key disabled');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download lesson file' }).click();
  const file = testInfo.outputPath('key-lesson.json');
  await (await downloading).saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { setup: { kmsKeys?: { alias?: string }[] } };
  expect(saved.setup.kmsKeys?.map((k) => k.alias)).toEqual(['alias/saved-key']);
  const out = execFileSync('npx', ['tsx', 'src/cli/scenarios.ts', file], { encoding: 'utf8' });
  expect(out).toMatch(/PASS my-key-disabled/);
  expect(out).toMatch(/1 passed, 0 failed/);
  playground.expectCleanRun();
});

test('Open file: a bad file is named with its JSON path and the work stays; a good one or a dropped one opens as a lesson', async ({
  playground,
  lesson,
  page,
}) => {
  await playground.openReady();
  await playground.setObjectKey('still-mine.txt');
  const input = page.getByLabel('Lesson file to open');
  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ id: 'x', title: 'X', steps: [{ request: { operation: 'Fly' } }] })),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.json' })).toContainText(
    'steps[0].request.operation',
  );
  await expect(lesson.region).toBeHidden();
  await expect(playground.requestRegion.getByRole('textbox', { name: 'Object key' })).toHaveValue(
    'still-mine.txt',
  );
  const good = putLessonFile('from-a-file', 'A lesson from a file', [{ key: 'f.txt', explain: 'Stored.' }]);
  await lesson.openFile('good.json', good);
  await expect(lesson.region).toContainText('A lesson from a file');
  await lesson.run(1, /200/);
  await lesson.close();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text.replace('A lesson from a file', 'A dropped lesson')], 'dropped.json'));
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  }, good);
  await expect(lesson.region).toContainText('A dropped lesson');
  await lesson.close();
  await expect(playground.requestRegion.getByRole('textbox', { name: 'Object key' })).toHaveValue(
    'still-mine.txt',
  );
  playground.expectCleanRun();
});

test('a lesson opened from a file comes back after a reload at its step, with its answers; closed, it is gone', async ({
  playground,
  lesson,
  page,
}) => {
  await playground.openReady();
  await lesson.openFile(
    'own.json',
    putLessonFile('trainer-own', 'A trainer’s own lesson', [
      { key: 'a.txt', explain: 'One.' },
      { key: 'b.txt', explain: 'Two.' },
    ]),
  );
  await lesson.run(2, /200/);
  await expect(page).toHaveURL(/#lesson=trainer-own&step=2$/);
  // Leaving saves what is pending; then a reload, as a slip of the finger in front of the room.
  await page.reload();
  await expect(lesson.region).toContainText('A trainer’s own lesson');
  await expect(lesson.region).toContainText('Two.');
  await expect(page).toHaveURL(/#lesson=trainer-own&step=2$/);
  await playground.screenshot('file-lesson-after-reload');
  await lesson.close();
  await page.reload();
  await expect(lesson.region).toBeHidden();
  playground.expectCleanRun();
});
