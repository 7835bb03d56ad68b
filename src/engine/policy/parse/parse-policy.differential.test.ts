/**
 * The policy parser against JSON.parse as an oracle, on generated policies written in several
 * layouts (compact, indented, tabs and CRLF) and with repeated member names: what the parser reads
 * and where it says each value sits must agree with what JSON.parse reads from the same text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Located, Policy, Position } from '../types.ts';
import { parsePolicy } from './index.ts';

/** An object as a list of members, so that a name can repeat (JSON.parse keeps the last). */
type Members = [string, unknown][];
const members = (list: Members) => ({ members: list });
type Model = { members: Members } | Model[] | string | number | boolean;

const text = fc.oneof(
  fc.constantFrom('s3:GetObject', 's3:*', 'arn:aws:s3:::test-bucket/*', '*', 'a\\"b', 'é\u2028'),
  fc.string({ maxLength: 8 }),
);
const list = (item: fc.Arbitrary<Model>) => fc.oneof(item, fc.array(item, { maxLength: 3 }));
const condition = fc
  .array(
    fc.tuple(
      fc.constantFrom('StringEquals', 'ForAnyValue:StringLikeIfExists', 'Bool', 'Nope'),
      fc
        .array(
          fc.tuple(
            fc.constantFrom('aws:SourceIp', 's3:prefix', 'x'),
            list(fc.oneof(text, fc.integer(), fc.boolean())),
          ),
          {
            maxLength: 2,
          },
        )
        .map(members),
    ),
    { maxLength: 2 },
  )
  .map(members);
const statementMembers = fc.array(
  fc.oneof(
    fc.tuple(fc.constant('Sid'), text),
    fc.tuple(fc.constant('Effect'), fc.constantFrom('Allow', 'Deny')),
    fc.tuple(
      fc.constant('Principal'),
      fc.oneof(
        fc.constant('*'),
        fc.tuple(list(text)).map(([v]) => members([['AWS', v]])),
      ),
    ),
    fc.tuple(fc.constantFrom('Action', 'NotAction', 'Resource', 'NotResource'), list(text)),
    fc.tuple(fc.constant('Condition'), condition),
  ),
  // Up to 10 members: objects of more than 8 are checked for repeats another way (json-parser.ts).
  { maxLength: 10 },
);
const policyModel = fc
  .tuple(
    fc.constantFrom('2012-10-17', '2008-10-17'),
    fc.array(statementMembers.map(members), { maxLength: 3 }),
  )
  .map(([version, statements]) =>
    members([
      ['Version', version],
      ['Statement', statements],
    ]),
  );

/** Writes the model as JSON text, in one of the layouts people paste. */
function write(model: Model, layout: { indent: string; newline: string }, depth = 0): string {
  const pad = (d: number) => (layout.indent ? layout.newline + layout.indent.repeat(d) : '');
  const container = (open: string, close: string, parts: string[]) =>
    parts.length === 0
      ? open + close
      : `${open}${parts.map((p) => pad(depth + 1) + p).join(',')}${pad(depth)}${close}`;
  if (Array.isArray(model))
    return container(
      '[',
      ']',
      model.map((item) => write(item, layout, depth + 1)),
    );
  if (typeof model === 'object') {
    const parts = model.members.map(
      ([k, v]) => `${JSON.stringify(k)}: ${write(v as Model, layout, depth + 1)}`,
    );
    return container('{', '}', parts);
  }
  return JSON.stringify(model);
}

const layouts = fc.constantFrom(
  { indent: '', newline: '' },
  { indent: '  ', newline: '\n' },
  { indent: '\t', newline: '\r\n' },
);

/** Every located string of the AST, with the JSON value written at its range. */
function locatedValues(policy: Policy): Located<string>[] {
  const found: Located<string>[] = [];
  if (policy.version) found.push(policy.version);
  for (const s of policy.statements) {
    if (s.sid) found.push(s.sid);
    found.push(s.effect);
    for (const l of [s.action, s.notAction, s.resource, s.notResource]) found.push(...(l ?? []));
    if (s.principal?.kind === 'map')
      for (const values of Object.values(s.principal.entries)) found.push(...values);
    for (const c of s.conditions) found.push(c.operator, c.key, ...c.values);
  }
  return found;
}

/** Line and column as Monaco counts them, worked out the slow way. */
function oraclePosition(source: string, offset: number): Position {
  const lines = source.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1) ?? '').length + 1, offset };
}

describe('parsePolicy agrees with JSON.parse', () => {
  it('reads the values JSON.parse reads, last member winning, and places each where it is written (property)', () => {
    fc.assert(
      fc.property(policyModel, layouts, (model, layout) => {
        const source = write(model, layout);
        const { policy } = parsePolicy(source, { kind: 'identity' });
        const plain = JSON.parse(source) as { Statement: Record<string, unknown>[] };
        expect(policy?.version?.value).toBe((plain as unknown as { Version: string }).Version);
        const kept = plain.Statement.filter((s) => s.Effect !== undefined);
        expect(policy?.statements.map((s) => s.effect.value)).toEqual(kept.map((s) => s.Effect));
        expect(policy?.statements.map((s) => s.action?.map((a) => a.value))).toEqual(
          kept.map((s) => (s.Action === undefined ? undefined : [s.Action].flat())),
        );
        for (const value of locatedValues(policy!)) {
          const written = source.slice(value.range.start.offset, value.range.end.offset);
          expect(String(JSON.parse(written))).toBe(value.value);
          expect(value.range.start).toEqual(oraclePosition(source, value.range.start.offset));
          expect(value.range.end).toEqual(oraclePosition(source, value.range.end.offset));
        }
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });

  it('warns about exactly the members that JSON.parse drops for a later one of the same name (property)', () => {
    const repeats = (model: Model): number => {
      if (Array.isArray(model)) return model.reduce<number>((n, item) => n + repeats(item), 0);
      if (typeof model !== 'object') return 0;
      const names = model.members.map(([k]) => k);
      const dropped = names.filter((name, i) => names.indexOf(name, i + 1) >= 0).length;
      return model.members.reduce((n, [, v]) => n + repeats(v as Model), dropped);
    };
    fc.assert(
      fc.property(policyModel, layouts, (model, layout) => {
        const { diagnostics } = parsePolicy(write(model, layout), { kind: 'identity' });
        expect(diagnostics.filter((d) => d.code === 'duplicate-key')).toHaveLength(repeats(model));
      }),
      { seed: 20261207, numRuns: 300 },
    );
  });
});
