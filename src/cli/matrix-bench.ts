/**
 * `matrixCells1000Ms`: the time a 1,000-cell matrix takes over the standard policy (deny
 * unencrypted uploads and plain HTTP). The set-up has two customer keys and nine declared
 * principals, so the grid with the principal axis has 11 × 6 × 8 × 2 = 1,056 cells; the figure is
 * scaled to 1,000 cells. Best of three runs on the given clock.
 */
import { createWorld, DENY_UNENCRYPTED_AND_HTTP, runMatrix, systemDeps } from '../engine/index.ts';

const KEYS = ['1234abcd-12ab-34cd-56ef-1234567890ab', '0987dcba-09fe-87dc-65ba-ab0987654321'];
const RUNS = 3;

export async function matrixCells1000Ms(clock: () => number): Promise<number> {
  const made = await createWorld(
    {
      kmsKeys: KEYS.map((id, i) => ({ id, alias: `alias/key-${i}` })),
      principals: Array.from({ length: 9 }, (_, i) => ({ arn: `arn:aws:iam::111122223333:user/user-${i}` })),
    },
    systemDeps(),
  );
  if (!made.ok) throw new Error('The matrix bench set-up failed');
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    const start = clock();
    const result = await runMatrix(made.value, {
      policy: DENY_UNENCRYPTED_AND_HTTP,
      principals: true,
    });
    const elapsed = clock() - start;
    if (!result.ok) throw new Error(`The matrix bench failed: ${result.error.message}`);
    best = Math.min(best, (elapsed / result.value.cells.length) * 1000);
  }
  return Math.round(best);
}
