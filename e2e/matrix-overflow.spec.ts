import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { PlaygroundPage } from './pages/playground-page.ts';
import { DENY_PLAIN_HTTP } from './pages/policies.ts';
import { RequestMatrixSection } from './pages/request-matrix.ts';

/**
 * Tester findings on the request matrix: on a laptop screen the grid is wider than its panel and
 * nothing said so; and a cell's error code was cut in the middle of a word, with the deciding rule
 * only in a mouse tooltip.
 */

const CELLS = 6 * 6 * 2;
const LONG_CODE_CELL = 'UpdateObjectEncryption, DSSE-KMS, HTTPS: 400 InvalidRequest';
const DENIED_CELL = 'PutObject, SSE-S3, HTTP: 403 AccessDenied';

let playground: PlaygroundPage;
let matrix: RequestMatrixSection;

async function openWithPolicy(page: Page, context: BrowserContext) {
  playground = new PlaygroundPage(page, context);
  matrix = new RequestMatrixSection(page);
  await playground.openReady();
  await playground.replacePolicy(DENY_PLAIN_HTTP);
  await playground.applyPolicy();
  await expect(playground.policyRegion.getByText('S3 accepted the policy')).toBeVisible();
  await matrix.waitForCells(CELLS);
  await matrix.region.scrollIntoViewIfNeeded();
}

test.afterEach(() => {
  playground.expectCleanRun();
});

test.describe('at 1280×720 the grid is wider than its panel', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('it says how many columns are off to the right, fades that edge, and a keyboard user can scroll there', async ({
    page,
    context,
  }) => {
    await openWithPolicy(page, context);
    await expect(matrix.moreOnTheRight).toBeVisible();
    await expect(matrix.edgeFade('right')).toBeVisible();
    await expect(matrix.moreOnTheLeft).toHaveCount(0);
    await expect(matrix.edgeFade('left')).toBeHidden();
    const hiddenAtStart = Number((await matrix.moreOnTheRight.textContent())?.match(/\d+/)?.[0]);
    expect(hiddenAtStart).toBeGreaterThan(0);
    expect(hiddenAtStart).toBeLessThan(12);

    // The scroll box is a focusable, named region: the arrow keys scroll it.
    await matrix.scroller.focus();
    await expect(matrix.scroller).toBeFocused();
    for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
    await expect(matrix.moreOnTheLeft).toBeVisible();
    await expect(matrix.edgeFade('left')).toBeVisible();

    await matrix.scrollToEnd();
    await expect(matrix.moreOnTheRight).toHaveCount(0);
    await expect(matrix.edgeFade('right')).toBeHidden();
    await expect(matrix.moreOnTheLeft).toBeVisible();
    await playground.screenshot('matrix-overflow-1280');
  });

  test('the arrow keys bring each cell into view, clear of the row headers that stay put', async ({
    page,
    context,
  }) => {
    await openWithPolicy(page, context);
    const first = matrix.cell('PutObject, default, HTTPS: 200').getByRole('button');
    await first.focus();
    for (let i = 0; i < 11; i += 1) await page.keyboard.press('ArrowRight');
    const last = matrix.cell('PutObject, client-side, HTTP: 403 AccessDenied').getByRole('button');
    await expect(last).toBeFocused();
    await expect(matrix.moreOnTheRight).toHaveCount(0);
    const rowHeader = matrix.grid.getByRole('rowheader', { name: 'PutObject' });
    for (let i = 0; i < 11; i += 1) {
      await page.keyboard.press('ArrowLeft');
      // The focused cell scrolls out from under the sticky row headers, not just into the box.
      const focused = await page.evaluate(() => document.activeElement?.getBoundingClientRect().left ?? -1);
      const header = await rowHeader.boundingBox();
      expect(header && focused >= header.x + header.width - 1).toBe(true);
    }
    await expect(first).toBeFocused();
    await expect(matrix.moreOnTheLeft).toHaveCount(0);
  });

  test('a grid taller than its column scrolls under its column names, with the hint above in view, by wheel or keyboard', async ({
    page,
    context,
  }) => {
    await openWithPolicy(page, context);
    await matrix.everyPrincipal.check();
    const lastRow = matrix.grid.getByRole('rowheader', { name: 'anonymous UpdateObjectEncryption' });
    await expect(lastRow).toBeVisible({ timeout: 20_000 });
    await expect(matrix.runStatus).not.toContainText('Computing', { timeout: 20_000 });
    const corner = matrix.grid.getByRole('columnheader', { name: 'Principal / operation' });
    const headerAtTop = async () => {
      const [header, box] = [await corner.boundingBox(), await matrix.scroller.boundingBox()];
      expect(header && box && Math.abs(header.y - box.y)).toBeLessThan(2);
      await expect(corner).toBeInViewport();
      await expect(matrix.moreOnTheRight).toBeInViewport();
    };

    // The wheel over the grid, down to its last row (past it, the page column scrolls on, as usual).
    await matrix.scroller.scrollIntoViewIfNeeded();
    await matrix.scroller.hover();
    await page.mouse.wheel(0, await matrix.scroller.evaluate((box) => box.scrollHeight - box.clientHeight));
    await expect(lastRow).toBeInViewport();
    await expect(matrix.grid.getByRole('rowheader').first()).not.toBeInViewport();
    await headerAtTop();
    await playground.screenshot('matrix-overflow-tall-1280');

    // The keyboard, from the first cell down to the last row: each cell named with its principal.
    // Start as a reader who has scrolled the page column a little past the top of the grid.
    await matrix.scroller.evaluate((box) => {
      box.scrollTop = 0;
      let column = box.parentElement;
      while (column && !['auto', 'scroll'].includes(getComputedStyle(column).overflowY)) {
        column = column.parentElement;
      }
      if (column)
        column.scrollTop += box.getBoundingClientRect().top - column.getBoundingClientRect().top + 100;
    });
    await matrix.cell('root PutObject, default, HTTPS: 200').getByRole('button').focus();
    for (let i = 0; i < 11; i += 1) await page.keyboard.press('ArrowDown');
    await expect(
      matrix.cell('anonymous UpdateObjectEncryption, default, HTTPS: 403 AccessDenied').getByRole('button'),
    ).toBeFocused();
    await expect(lastRow).toBeInViewport();
    await headerAtTop();
  });

  test("a cell's error code wraps between words, and its deciding rule is readable by keyboard and screen reader", async ({
    page,
    context,
  }) => {
    await openWithPolicy(page, context);
    await expect(matrix.cell(LONG_CODE_CELL).getByRole('button')).toContainText('InvalidRequest');
    expect(await matrix.wordsCutInCell(LONG_CODE_CELL)).toEqual([]);
    expect(await matrix.wordsCutInCell('PutObject, SSE-KMS:aws/s3, HTTP: 400 InvalidArgument')).toEqual([]);

    const denied = matrix.cell(DENIED_CELL).getByRole('button');
    await expect(denied).toHaveAccessibleDescription(/by statement DenyInsecureTransport/);
    await denied.focus();
    await expect(matrix.cellDetail).toContainText(
      `${DENIED_CELL}. Stopped at the Authorization stage by statement DenyInsecureTransport.`,
    );
    await page.keyboard.press('ArrowDown'); // GetObject, same column
    await expect(matrix.cellDetail).toContainText('GetObject, SSE-S3, HTTP: 403 AccessDenied');
  });
});

test.describe('on a wide screen the whole grid fits', () => {
  test.use({ viewport: { width: 2560, height: 1200 } });

  test('no hint and no faded edge when nothing is hidden', async ({ page, context }) => {
    await openWithPolicy(page, context);
    await expect(matrix.grid).toBeVisible();
    await expect(matrix.moreOnTheRight).toHaveCount(0);
    await expect(matrix.moreOnTheLeft).toHaveCount(0);
    await expect(matrix.edgeFade('right')).toBeHidden();
  });
});
