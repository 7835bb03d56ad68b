/**
 * The matrix as text, Markdown, CSV and JSON (the CLI's `--format` and the app's exports share
 * these, so both print the same grid). The grid is one row per principal and operation, one
 * column per encryption and transport.
 */
import { cellId } from './diff.ts';
import type { MatrixCell, MatrixCellSpec, MatrixChange, MatrixDiff, MatrixResult } from './types.ts';
import { MATRIX_OPERATIONS, MATRIX_TRANSPORTS } from './types.ts';

export type MatrixFormat = 'text' | 'md' | 'csv' | 'json';
export const MATRIX_FORMATS: readonly MatrixFormat[] = ['text', 'md', 'csv', 'json'];

/** `200`, or `403 AccessDenied`: the label a cell shows next to its colour. */
export const answerLabel = (answer: { status: number; code: string | null }) =>
  answer.code ? `${answer.status} ${answer.code}` : String(answer.status);

/** The accessible name of a cell: `PutObject, SSE-KMS:aws/s3, HTTP: 403 AccessDenied`. */
export const cellName = (cell: MatrixCell) =>
  `${cell.operation}, ${cell.encryption}, ${cell.transport}: ${answerLabel(cell)}`;

const changeLabel = (change: MatrixChange) => `${answerLabel(change.before)} → ${answerLabel(change.after)}`;

interface Grid {
  header: string[];
  rows: string[][];
}

function grid(result: MatrixResult, diff?: MatrixDiff): Grid {
  const byId = new Map(result.cells.map((cell) => [cellId(cell), cell]));
  const changes = new Map((diff?.changed ?? []).map((change) => [cellId(change), change]));
  const axis = result.principals.length > 1;
  const header = [
    ...(axis ? ['principal'] : []),
    'operation',
    ...result.columns.flatMap((c) => MATRIX_TRANSPORTS.map((t) => `${c.id} ${t}`)),
  ];
  const rows: string[][] = [];
  for (const principal of result.principals) {
    for (const operation of MATRIX_OPERATIONS) {
      const row = [...(axis ? [principal] : []), operation];
      for (const column of result.columns) {
        for (const transport of MATRIX_TRANSPORTS) {
          const spec: MatrixCellSpec = { principal, operation, encryption: column.id, transport };
          const change = changes.get(cellId(spec));
          const cell = byId.get(cellId(spec));
          row.push(change ? changeLabel(change) : cell ? answerLabel(cell) : '');
        }
      }
      rows.push(row);
    }
  }
  return { header, rows };
}

const csvField = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const mdField = (value: string) => value.replaceAll('|', '\\|');

export function matrixCsv(result: MatrixResult, diff?: MatrixDiff): string {
  const { header, rows } = grid(result, diff);
  return `${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\n')}\n`;
}

export function matrixMarkdown(result: MatrixResult, diff?: MatrixDiff): string {
  const { header, rows } = grid(result, diff);
  const line = (row: string[]) => `| ${row.map(mdField).join(' | ')} |`;
  const table = [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
  return diff ? `${diff.summary}\n\n${table}\n` : `${table}\n`;
}

export function matrixText(result: MatrixResult, diff?: MatrixDiff): string {
  const { header, rows } = grid(result, diff);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const body = [line(header), ...rows.map(line)].join('\n');
  return diff ? `${body}\n\n${diff.summary}\n` : `${body}\n`;
}

/** `{"cells":[...],"changed":[...]}`; `changed` is empty without a policy to compare against. */
export function matrixJson(result: MatrixResult, diff?: MatrixDiff): string {
  const cells = result.cells.map((c) => ({
    operation: c.operation,
    encryption: c.encryption,
    transport: c.transport,
    principal: c.principal,
    status: c.status,
    code: c.code,
    stage: c.stage,
    statementSid: c.statementSid,
  }));
  return JSON.stringify({ cells, changed: diff?.changed ?? [] });
}

export function formatMatrix(format: MatrixFormat, result: MatrixResult, diff?: MatrixDiff): string {
  switch (format) {
    case 'text':
      return matrixText(result, diff);
    case 'md':
      return matrixMarkdown(result, diff);
    case 'csv':
      return matrixCsv(result, diff);
    case 'json':
      return `${matrixJson(result, diff)}\n`;
  }
}
