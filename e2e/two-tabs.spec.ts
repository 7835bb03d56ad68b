import { expect, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';

/**
 * Two tabs of one browser share its saved work (the tester's steps): tab A sends, tab B opens and
 * sends, tab A sends again. Before, A's save wrote over B's and B's object was gone without a word.
 */
test('a tab told that another tab saved stops saving over it and shows its work beside the saved work', async ({
  page,
  context,
}) => {
  const tabA = new PlaygroundPage(page, context);
  await tabA.openReady();
  await tabA.setObjectKey('a1.txt');
  await tabA.sendAndExpect(200);

  const tabB = new PlaygroundPage(await context.newPage(), context);
  await tabB.openReady();
  await tabB.setObjectKey('b1.txt');
  await tabB.sendAndExpect(200);

  const beside = page.getByRole('region', { name: 'Shared link' });
  await expect(beside).toContainText('another tab saved since');
  await tabA.setObjectKey('a2.txt');
  await tabA.sendAndExpect(200);

  // What the browser keeps is tab B's work: a fresh tab finds b1.txt, and not a2.txt.
  const fresh = new PlaygroundPage(await context.newPage(), context);
  await fresh.openReady();
  await fresh.showTab('Objects');
  const objects = fresh.page.getByRole('tabpanel', { name: 'Objects' });
  await expect(objects).toContainText('b1.txt');
  await expect(objects).not.toContainText('a2.txt');
  await expect(fresh.page.getByRole('region', { name: 'Shared link' })).toHaveCount(0);
  for (const tab of [tabA, tabB, fresh]) tab.expectCleanRun();
});
