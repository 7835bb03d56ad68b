import { describe, expect, it } from 'vitest';
import { parsePolicy } from './index.ts';

const statement = (extra: Record<string, unknown>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::test-bucket/*',
      ...extra,
    },
  });

describe('parsePolicy builds the AST', () => {
  it('reads a single statement object as statement 0', () => {
    const { policy, diagnostics } = parsePolicy(statement({ Sid: 'One' }), { bucket: 'test-bucket' });
    expect(diagnostics).toEqual([]);
    expect(policy?.version?.value).toBe('2012-10-17');
    expect(policy?.statements.map((s) => [s.index, s.sid?.value, s.effect.value])).toEqual([
      [0, 'One', 'Deny'],
    ]);
    expect(policy?.statements[0]?.principal?.kind).toBe('wildcard');
    expect(policy?.statements[0]?.action?.map((a) => a.value)).toEqual(['s3:PutObject']);
  });

  const principals = [
    {
      name: 'a string principal value',
      principal: { AWS: '111122223333' },
      expected: { AWS: ['111122223333'] },
    },
    {
      name: 'several principal types with arrays',
      principal: {
        AWS: ['111122223333', 'arn:aws:iam::444455556666:root'],
        Service: 'cloudtrail.amazonaws.com',
      },
      expected: {
        AWS: ['111122223333', 'arn:aws:iam::444455556666:root'],
        Service: ['cloudtrail.amazonaws.com'],
      },
    },
  ];
  it.each(principals)('reads $name into a principal map', ({ principal, expected }) => {
    const spec = parsePolicy(statement({ Principal: principal })).policy?.statements[0]?.principal;
    expect(spec?.kind).toBe('map');
    if (spec?.kind !== 'map') return;
    expect(
      Object.fromEntries(Object.entries(spec.entries).map(([k, v]) => [k, v.map((e) => e.value)])),
    ).toEqual(expected);
  });

  it('splits condition operators into set operator, base and IfExists, and turns numbers and booleans into text', () => {
    const text = statement({
      Condition: {
        'ForAnyValue:StringLikeIfExists': { 's3:RequestObjectTagKeys': ['a*', 'b'] },
        NumericLessThan: { 's3:TlsVersion': 1.2 },
        Bool: { 'aws:SecureTransport': false },
      },
    });
    const entries = parsePolicy(text).policy?.statements[0]?.conditions ?? [];
    expect(
      entries.map((e) => [
        e.operator.value,
        e.setOperator,
        e.baseOperator,
        e.ifExists,
        e.key.value,
        e.values.map((v) => v.value),
      ]),
    ).toEqual([
      [
        'ForAnyValue:StringLikeIfExists',
        'ForAnyValue',
        'StringLike',
        true,
        's3:RequestObjectTagKeys',
        ['a*', 'b'],
      ],
      ['NumericLessThan', undefined, 'NumericLessThan', false, 's3:TlsVersion', ['1.2']],
      ['Bool', undefined, 'Bool', false, 'aws:SecureTransport', ['false']],
    ]);
  });

  it('keeps the policy when S3 would refuse it, so the editor and the evaluator still see it', () => {
    const { policy, diagnostics } = parsePolicy(statement({ Action: 'iam:PassRole' }), {
      bucket: 'test-bucket',
    });
    expect(policy?.statements).toHaveLength(1);
    expect(diagnostics.map((d) => d.code)).toContain('invalid-action');
  });

  it('has no policy for a text that is not a JSON object', () => {
    expect(parsePolicy('[1, 2]').policy).toBeUndefined();
    expect(parsePolicy('{"Statement": [').policy).toBeUndefined();
  });

  it('does not ask identity policies for a Principal or an S3 action', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['kms:Decrypt', 's3:GetObject'], Resource: '*' }],
    });
    expect(parsePolicy(text, { kind: 'identity' }).diagnostics).toEqual([]);
  });
});

describe('parsePolicy ranges', () => {
  const text = [
    '{',
    '  "Version": "2012-10-17",',
    '  "Statement": [{',
    '    "Effect": "Allow",',
    '    "Principal": {"AWS": "arn:aws:iam::111122223333:root"},',
    '    "Action": ["s3:GetObject", "s3:GetObjects"],',
    '    "Resource": "arn:aws:s3:::test-bucket/*",',
    '    "Condition": {"Boool": {"aws:SecureTransport": "false"}}',
    '  }]',
    '}',
  ].join('\n');
  const diagnostics = parsePolicy(text, { bucket: 'test-bucket' }).diagnostics;
  const at = (code: string) => diagnostics.find((d) => d.code === code)?.range;

  const cases = [
    {
      name: 'an invalid action underlines that array value, quotes included',
      code: 'invalid-action',
      start: [6, 32],
      end: [6, 47],
    },
    {
      name: 'an unknown operator underlines the operator name',
      code: 'unknown-operator',
      start: [8, 19],
      end: [8, 26],
    },
  ];
  it.each(cases)('$name', ({ code, start, end }) => {
    const range = at(code);
    expect([range?.start.line, range?.start.column]).toEqual(start);
    expect([range?.end.line, range?.end.column]).toEqual(end);
    expect(text.slice(range?.start.offset, range?.end.offset)).toMatch(/^"/);
  });

  it('gives statement and value ranges in the AST', () => {
    const policy = parsePolicy(text).policy;
    const resource = policy?.statements[0]?.resource?.[0];
    expect(resource?.range.start).toEqual({
      line: 7,
      column: 17,
      offset: text.indexOf('"arn:aws:s3:::test-bucket/*"'),
    });
    expect(policy?.statements[0]?.range.start.line).toBe(3);
    expect(policy?.statements[0]?.range.end.line).toBe(9);
  });

  it('lists diagnostics in document order', () => {
    const offsets = diagnostics.map((d) => d.range.start.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });
});
