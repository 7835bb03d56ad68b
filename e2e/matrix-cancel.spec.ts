import { expect, test } from '@playwright/test';
import { packJson } from '../src/state/share-codec.ts';
import { PlaygroundPage } from './pages/playground-page.ts';
import { RequestMatrixSection } from './pages/request-matrix.ts';

/** Issue 9: a running matrix can be cancelled; the worker stops between cells. */

test('a running matrix shows Cancel, and Cancel stops it and keeps the grid of the run before', async ({
  page,
  context,
}) => {
  // Many principals and keys: "Every principal" then runs thousands of cells, long enough to cancel.
  const principals = Array.from({ length: 24 }, (_, i) => ({ arn: `arn:aws:iam::111122223333:user/u${i}` }));
  const kmsKeys = [1, 2, 3].map((n) => ({
    id: `1234abcd-12ab-34cd-56ef-12345678900${n}`,
    alias: `alias/k${n}`,
  }));
  const link = `./#s=${packJson({ v: 1, setup: { account: '111122223333', bucket: 'test-bucket', principals, kmsKeys } })}`;
  const playground = new PlaygroundPage(page, context);
  const matrix = new RequestMatrixSection(page);
  await playground.openReady(link);
  await matrix.region.scrollIntoViewIfNeeded();
  await expect(matrix.runStatus).toContainText('requests, each in its own copy of the bucket', {
    timeout: 30_000,
  });
  const cellsBefore = await matrix.region.getByRole('gridcell').count();
  expect(cellsBefore).toBeGreaterThan(0);

  await matrix.everyPrincipal.check();
  await expect(matrix.runStatus).toHaveText('Computing the matrix…');
  await matrix.cancelButton.click();
  await expect(matrix.runStatus).toContainText('Cancelled. The grid is from the run before.');
  await expect(matrix.cancelButton).toHaveCount(0);
  await expect(matrix.region.getByRole('gridcell')).toHaveCount(cellsBefore);

  // It can run again, to the end.
  await matrix.region.getByRole('button', { name: 'Run again' }).click();
  await expect(matrix.runStatus).toContainText('requests, each in its own copy of the bucket', {
    timeout: 60_000,
  });
  expect(await matrix.region.getByRole('gridcell').count()).toBeGreaterThan(cellsBefore);
  playground.expectCleanRun();
});
