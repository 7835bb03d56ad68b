import { describe, expect, it } from 'vitest';
import type { MatrixCell } from '../../engine/index.ts';
import { cellDetail, codeWords, decidingRule, gridCellName } from './cell-text.ts';

describe('codeWords', () => {
  const cases: { name: string; code: string; words: string[] }[] = [
    {
      name: 'a KMS code breaks after its dot and between its words',
      code: 'KMS.NotFoundException',
      words: ['KMS.', 'Not', 'Found', 'Exception'],
    },
    { name: 'an S3 code breaks between its words', code: 'InvalidArgument', words: ['Invalid', 'Argument'] },
    {
      name: 'capitals in a row stay one word',
      code: 'KMS.KMSInvalidStateException',
      words: ['KMS.', 'KMSInvalid', 'State', 'Exception'],
    },
    { name: 'a one-word code stays whole', code: 'Forbidden', words: ['Forbidden'] },
    {
      name: 'the words put back together are the code',
      code: 'SignatureDoesNotMatch',
      words: ['Signature', 'Does', 'Not', 'Match'],
    },
  ];
  it.each(cases)('$name', ({ code, words }) => {
    expect(codeWords(code)).toEqual(words);
    expect(codeWords(code).join('')).toBe(code);
  });
});

describe('decidingRule', () => {
  const cases: {
    name: string;
    cell: Pick<MatrixCell, 'status' | 'stage' | 'statementSid' | 'operation'>;
    rule: string;
  }[] = [
    {
      name: 'a denial names the stage and the statement',
      cell: {
        operation: 'PutObject',
        status: 403,
        stage: 'authorization',
        statementSid: 'DenyInsecureTransport',
      },
      rule: 'Stopped at the Authorization stage by statement DenyInsecureTransport.',
    },
    {
      name: 'a refusal without a statement names the stage',
      cell: { operation: 'PutObject', status: 400, stage: 'kms', statementSid: null },
      rule: 'Stopped at the KMS stage.',
    },
    {
      name: 'an allow by a statement names it',
      cell: { operation: 'PutObject', status: 200, stage: 'authorization', statementSid: 'AllowUploads' },
      rule: 'Allowed by statement AllowUploads.',
    },
    {
      name: 'an allow no statement decided went through',
      cell: { operation: 'PutObject', status: 200, stage: 'authorization', statementSid: null },
      rule: 'Went through every stage.',
    },
    {
      name: 'a read that found no object names the stage by what a read does there',
      cell: { operation: 'GetObject', status: 404, stage: 'encryption-choice', statementSid: null },
      rule: 'Stopped at the Stored object stage.',
    },
    {
      name: 'an error without a deciding stage says so',
      cell: { operation: 'PutObject', status: 500, stage: null, statementSid: null },
      rule: 'No stage is recorded as the one that decided.',
    },
  ];
  it.each(cases)('$name', ({ cell, rule }) => {
    expect(decidingRule(cell)).toBe(rule);
  });
});

describe('cellDetail', () => {
  const cell: MatrixCell = {
    principal: 'anonymous',
    operation: 'PutObject',
    encryption: 'SSE-S3',
    transport: 'HTTP',
    status: 403,
    code: 'AccessDenied',
    stage: 'authorization',
    statementSid: 'DenyInsecureTransport',
  };
  it.each([
    {
      byPrincipal: false,
      detail:
        'PutObject, SSE-S3, HTTP: 403 AccessDenied. Stopped at the Authorization stage by statement DenyInsecureTransport.',
    },
    {
      byPrincipal: true,
      detail:
        'anonymous PutObject, SSE-S3, HTTP: 403 AccessDenied. Stopped at the Authorization stage by statement DenyInsecureTransport.',
    },
  ])(
    'says the cell (with its principal when there is a row per principal: $byPrincipal), its answer and its rule',
    ({ byPrincipal, detail }) => {
      expect(cellDetail(cell, byPrincipal)).toBe(detail);
    },
  );

  it.each([
    { principal: 'anonymous', name: 'anonymous PutObject, SSE-S3, HTTP: 403 AccessDenied' },
    { principal: 'arn:aws:iam::111122223333:root', name: 'root PutObject, SSE-S3, HTTP: 403 AccessDenied' },
    {
      principal: 'arn:aws:iam::444455556666:user/alice',
      name: 'user/alice PutObject, SSE-S3, HTTP: 403 AccessDenied',
    },
  ])('names a cell of $principal after its row', ({ principal, name }) => {
    expect(gridCellName({ ...cell, principal }, true)).toBe(name);
  });
  it("adds the bucket's answer when the draft changes the cell", () => {
    const change = {
      ...cell,
      before: { status: 200, code: null },
      after: { status: 403, code: 'AccessDenied' },
    };
    expect(cellDetail(cell, false, change)).toMatch(/With the bucket's policy it is 200\.$/);
  });
});
