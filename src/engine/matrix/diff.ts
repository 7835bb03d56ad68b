/** Before → after for every cell whose answer changes, and the sentence that sums it up. */
import { wentThrough } from '../s3/answer-status.ts';
import type { MatrixCell, MatrixCellSpec, MatrixChange, MatrixDiff } from './types.ts';

export const cellId = (spec: MatrixCellSpec) =>
  `${spec.principal}\u0000${spec.operation}\u0000${spec.encryption}\u0000${spec.transport}`;

const allowed = (cell: Pick<MatrixCell, 'status'>) => wentThrough(cell.status);

const count = (n: number) => (n === 0 ? 'none' : `${n} request${n === 1 ? '' : 's'}`);

export function diffSummary(newlyDenied: number, newlyAllowed: number, otherChanges: number): string {
  if (newlyDenied + newlyAllowed + otherChanges === 0) return 'This change alters no answer.';
  const main = `This change denies ${count(newlyDenied)} that ${newlyDenied === 1 ? 'is' : 'are'} allowed today and allows ${count(newlyAllowed)} that ${newlyAllowed === 1 ? 'is' : 'are'} denied`;
  const other =
    otherChanges === 0
      ? ''
      : `; ${otherChanges} other answer${otherChanges === 1 ? '' : 's'} change${otherChanges === 1 ? 's' : ''} (another status or error code)`;
  return `${main}${other}.`;
}

/** Cells are matched by principal, operation, encryption and transport; a cell only one side has is skipped. */
export function diffMatrices(before: readonly MatrixCell[], after: readonly MatrixCell[]): MatrixDiff {
  const old = new Map(before.map((cell) => [cellId(cell), cell]));
  const changed: MatrixChange[] = [];
  let newlyDenied = 0;
  let newlyAllowed = 0;
  for (const cell of after) {
    const was = old.get(cellId(cell));
    if (!was || (was.status === cell.status && was.code === cell.code)) continue;
    if (allowed(was) && !allowed(cell)) newlyDenied++;
    if (!allowed(was) && allowed(cell)) newlyAllowed++;
    changed.push({
      operation: cell.operation,
      encryption: cell.encryption,
      transport: cell.transport,
      principal: cell.principal,
      before: { status: was.status, code: was.code },
      after: { status: cell.status, code: cell.code },
    });
  }
  const other = changed.length - newlyDenied - newlyAllowed;
  return { changed, newlyDenied, newlyAllowed, summary: diffSummary(newlyDenied, newlyAllowed, other) };
}
