/** The request matrix and the policy diff (issue 9). */
export { cellId, diffMatrices, diffSummary } from './diff.ts';
export type { MatrixFormat } from './format.ts';
export {
  answerLabel,
  cellName,
  formatMatrix,
  MATRIX_FORMATS,
  matrixCsv,
  matrixJson,
  matrixMarkdown,
  matrixText,
} from './format.ts';
export { MATRIX_BODY_TEXT } from './prepare.ts';
export type { MatrixRunControl } from './run-matrix.ts';
export { runMatrix, runMatrixCell } from './run-matrix.ts';
export * from './types.ts';
export { sendUnderPolicy } from './what-if.ts';
