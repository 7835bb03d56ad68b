import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './pages/fixtures.ts';

/**
 * Every shipped lesson in presenter mode on a projector, inside a titled deck (its bar takes room
 * too): each step, once run, shows its answer and explanation with nothing cut off and nothing to
 * scroll, since a presentation clicker cannot scroll; and the trace's "Decided at …" line is whole,
 * not cut at the bottom of its box. 1280×720 runs in the light theme and 1366×768 in the dark one
 * (a theme changes colours only, not sizes).
 */
const folder = new URL('../src/scenarios/lessons/', import.meta.url);
const lessons = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as { id: string; steps: unknown[] });

const projectors = [
  { width: 1280, height: 720, colorScheme: 'light' },
  { width: 1366, height: 768, colorScheme: 'dark' },
] as const;

for (const { width, height, colorScheme } of projectors) {
  test.describe(`at ${width}×${height} in presenter mode (${colorScheme})`, () => {
    test.use({ viewport: { width, height }, colorScheme });

    for (const [at, { id, steps }] of lessons.entries()) {
      test(`every step of ${id} shows its answer, explanation and deciding line without scrolling`, async ({
        lesson,
        presenter,
      }) => {
        const next = lessons[(at + 1) % lessons.length]?.id;
        await presenter.openLink(`#lesson=${id}&deck=${id},${next}&title=Monday%20morning&present`);
        // → runs the step on screen; once it has run, → goes to the next step and runs it.
        for (let step = 1; step <= steps.length; step += 1) {
          await presenter.press('ArrowRight');
          await expect(lesson.currentStepHeading).toContainText(`Step ${step}:`);
          await expect(lesson.answer(step)).toBeVisible();
          // Polled: a policy box steps down a size once the trace below it has grown.
          await expect.poll(() => presenter.hiddenParts(), { message: `step ${step} of ${id}` }).toEqual([]);
          // 0 too when there is no line: the step is a call to KMS itself, which no stage decides.
          await expect
            .poll(async () => (await presenter.decidedLineCut()) ?? 0, {
              message: `"Decided at" of step ${step} of ${id}, in px past its box`,
            })
            .toBeLessThan(1);
        }
      });
    }
  });
}
