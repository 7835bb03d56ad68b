import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './pages/fixtures.ts';

/**
 * Every shipped lesson in presenter mode on a 1280×720 projector, inside a titled deck (its bar
 * takes room too): each step, once run, shows its answer and explanation with nothing cut off and
 * nothing to scroll, since a presentation clicker cannot scroll.
 */
const folder = new URL('../src/scenarios/lessons/', import.meta.url);
const lessons = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(new URL(file, folder), 'utf8')) as { id: string; steps: unknown[] });

test.describe('at 1280×720 in presenter mode', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  for (const [at, { id, steps }] of lessons.entries()) {
    test(`every step of ${id} shows its answer and explanation without scrolling`, async ({
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
        expect(await presenter.hiddenParts(), `step ${step} of ${id}`).toEqual([]);
      }
    });
  }
});
