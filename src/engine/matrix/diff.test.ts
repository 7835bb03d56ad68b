/** The policy diff: cells whose answer changes, before → after, and the sentence that sums it up. */
import { describe, expect, it } from 'vitest';
import { diffMatrices, diffSummary } from './diff.ts';
import { cellName, matrixCsv, matrixJson, matrixMarkdown } from './format.ts';
import type { MatrixCell, MatrixResult } from './types.ts';

const cell = (over: Partial<MatrixCell>): MatrixCell => ({
  operation: 'PutObject',
  encryption: 'default',
  transport: 'HTTPS',
  principal: 'arn:aws:iam::111122223333:root',
  status: 200,
  code: null,
  stage: 'authorization',
  statementSid: null,
  ...over,
});
const denied = { status: 403, code: 'AccessDenied', stage: 'authorization' as const };

describe('diffMatrices', () => {
  it('lists only the cells whose status or code changes, before and after', () => {
    const before = [cell({}), cell({ transport: 'HTTP' }), cell({ operation: 'GetObject', ...denied })];
    const after = [cell({ ...denied }), cell({ transport: 'HTTP' }), cell({ operation: 'GetObject' })];
    const diff = diffMatrices(before, after);
    expect(diff.changed).toEqual([
      expect.objectContaining({
        operation: 'PutObject',
        before: { status: 200, code: null },
        after: { status: 403, code: 'AccessDenied' },
      }),
      expect.objectContaining({
        operation: 'GetObject',
        before: { status: 403, code: 'AccessDenied' },
        after: { status: 200, code: null },
      }),
    ]);
    expect([diff.newlyDenied, diff.newlyAllowed]).toEqual([1, 1]);
  });

  it.each([
    [6, 0, 0, 'This change denies 6 requests that are allowed today and allows none that are denied.'],
    [1, 2, 0, 'This change denies 1 request that is allowed today and allows 2 requests that are denied.'],
    [0, 0, 0, 'This change alters no answer.'],
    [
      0,
      0,
      3,
      'This change denies none that are allowed today and allows none that are denied; 3 other answers change (another status or error code).',
    ],
  ])('sums up %i newly denied, %i newly allowed and %i other changes', (denies, allows, other, text) => {
    expect(diffSummary(denies, allows, other)).toBe(text);
  });
});

describe('matrix formats', () => {
  const result: MatrixResult = {
    columns: [{ id: 'SSE-KMS:aws/s3', mode: 'SSE-KMS' }],
    principals: ['arn:aws:iam::111122223333:root'],
    cells: [
      cell({ encryption: 'SSE-KMS:aws/s3' }),
      cell({ encryption: 'SSE-KMS:aws/s3', transport: 'HTTP', ...denied }),
    ],
  };

  it('names a cell as the grid announces it', () => {
    expect(cellName(result.cells[1] as MatrixCell)).toBe('PutObject, SSE-KMS:aws/s3, HTTP: 403 AccessDenied');
  });

  it('writes CSV with one column per encryption and transport', () => {
    const lines = matrixCsv(result).split('\n');
    expect(lines[0]).toBe('operation,SSE-KMS:aws/s3 HTTPS,SSE-KMS:aws/s3 HTTP');
    expect(lines[1]).toBe('PutObject,200,403 AccessDenied');
  });

  it('writes Markdown with the diff summary and before → after in changed cells', () => {
    const diff = diffMatrices(
      [cell({ encryption: 'SSE-KMS:aws/s3' })],
      [cell({ encryption: 'SSE-KMS:aws/s3', ...denied })],
    );
    const md = matrixMarkdown(result, diff);
    expect(md).toContain(diff.summary);
    expect(md).toContain('| PutObject | 200 → 403 AccessDenied | 403 AccessDenied |');
  });

  it('writes JSON with exactly the fields of the contract', () => {
    const json = JSON.parse(matrixJson(result));
    expect(Object.keys(json)).toEqual(['cells', 'changed']);
    expect(Object.keys(json.cells[0])).toEqual([
      'operation',
      'encryption',
      'transport',
      'principal',
      'status',
      'code',
      'stage',
      'statementSid',
    ]);
  });
});
