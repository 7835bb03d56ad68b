import { test as base } from '@playwright/test';
import { LessonPanel, Presenter } from './lesson-page.ts';
import { PlaygroundPage } from './playground-page.ts';

/**
 * The page objects a spec uses, made fresh for each test that names them:
 * `test('…', async ({ playground, lesson }) => …)`. The playground is made before the test opens
 * the page, so it hears every request and error from the start.
 */
export const test = base.extend<{ playground: PlaygroundPage; lesson: LessonPanel; presenter: Presenter }>({
  playground: async ({ page, context }, use) => use(new PlaygroundPage(page, context)),
  lesson: async ({ page }, use) => use(new LessonPanel(page)),
  presenter: async ({ page }, use) => use(new Presenter(page)),
});

export { expect } from '@playwright/test';
