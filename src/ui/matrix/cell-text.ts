/**
 * A matrix cell's words: its error code cut into words where a line may break, and the rule that
 * decided it, said in full (the grid shows status and code; this is what the cell cannot fit).
 */
import {
  answerLabel,
  cellName,
  type MatrixCell,
  type MatrixChange,
  wentThrough,
} from '../../engine/index.ts';
import { stageLabel } from '../results/trace/pipeline-stages.ts';

/**
 * `KMS.NotFoundException` → `KMS.`, `Not`, `Found`, `Exception`: the places a narrow cell may wrap
 * an S3 error code without cutting a word (after a dot, before a capital that follows a small letter).
 */
export function codeWords(code: string): string[] {
  return code.split(/(?<=\.)|(?<=[a-z])(?=[A-Z])/).filter((word) => word !== '');
}

/** Which stage decided the cell and, when a policy statement did, its Sid. */
export function decidingRule(
  cell: Pick<MatrixCell, 'status' | 'stage' | 'statementSid' | 'operation'>,
): string {
  const by = cell.statementSid ? ` by statement ${cell.statementSid}` : '';
  if (wentThrough(cell.status)) return cell.statementSid ? `Allowed${by}.` : 'Went through every stage.';
  if (!cell.stage) return 'No stage is recorded as the one that decided.';
  return `Stopped at the ${stageLabel(cell.stage, cell.operation)} stage${by}.`;
}

/** The principal's short name: the last part of its ARN (`root`, `user/alice`), or `anonymous`. */
export const shortPrincipal = (arn: string) =>
  arn === 'anonymous' ? 'anonymous' : (arn.split(':').pop() ?? arn);

/**
 * The cell's name; with a row per principal ("every principal") it starts with the principal, as
 * the row header does, or twelve cells of each column would share one name.
 */
export const gridCellName = (cell: MatrixCell, byPrincipal: boolean): string =>
  byPrincipal ? `${shortPrincipal(cell.principal)} ${cellName(cell)}` : cellName(cell);

/** The whole cell in one sentence, for the line under the grid. */
export function cellDetail(cell: MatrixCell, byPrincipal: boolean, change?: MatrixChange): string {
  const was = change ? ` With the bucket's policy it is ${answerLabel(change.before)}.` : '';
  return `${gridCellName(cell, byPrincipal)}. ${decidingRule(cell)}${was}`;
}
