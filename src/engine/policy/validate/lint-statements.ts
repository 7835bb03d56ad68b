import { wildcardMatch } from '../catalog/wildcard.ts';
import { Phase } from '../parse/s3-order.ts';
import type { Located, Policy, PrincipalSpec, Statement } from '../types.ts';
import type { CheckContext } from './check-context.ts';

const values = (list: Located<string>[] | undefined) => list?.map((entry) => entry.value).sort();

const principalShape = (spec: PrincipalSpec | undefined) =>
  spec?.kind === 'map'
    ? Object.entries(spec.entries)
        .map(([type, list]) => [type, values(list)])
        .sort()
    : spec?.kind;

/** What a statement means, without Sid and positions: equal shapes are the same statement. */
function shape(statement: Statement): string {
  return JSON.stringify([
    statement.effect.value,
    principalShape(statement.principal),
    principalShape(statement.notPrincipal),
    values(statement.action),
    values(statement.notAction),
    values(statement.resource),
    values(statement.notResource),
    statement.conditions
      .map((entry) => [entry.operator.value, entry.key.value.toLowerCase(), values(entry.values)])
      .sort(),
  ]);
}

/**
 * A cheap number that equal shapes share (equal outlines do not mean equal shapes): the effect,
 * the principals' kinds, how many entries each element has, and the conditions' operator lengths
 * and value counts (summed, as shapes sort their conditions). Only statements with the same
 * outline can repeat each other, so `shape` (sorting and JSON) runs for those alone: the editor
 * lints on every keystroke.
 */
function outline(statement: Statement): number {
  let conditions = 0;
  for (const entry of statement.conditions)
    conditions += entry.operator.value.length * 64 + entry.values.length;
  let hash = statement.effect.value.length;
  hash = mix(hash, kindCode(statement.principal));
  hash = mix(hash, kindCode(statement.notPrincipal));
  hash = mix(hash, count(statement.action));
  hash = mix(hash, count(statement.notAction));
  hash = mix(hash, count(statement.resource));
  hash = mix(hash, count(statement.notResource));
  return mix(hash, conditions);
}

const mix = (hash: number, value: number) => (Math.imul(hash, 31) + value) | 0;
const count = (list: unknown[] | undefined) => (list ? list.length : -1);
const kindCode = (spec: PrincipalSpec | undefined) => (spec ? (spec.kind === 'map' ? 2 : 1) : 0);

const toEveryone = (spec: PrincipalSpec | undefined) =>
  spec?.kind === 'wildcard' ||
  (spec?.kind === 'map' && (spec.entries.AWS ?? []).some((entry) => entry.value === '*'));

/** Every entry of `inner` is matched by some pattern of `outer` (patterns compared as text). */
const covers = (outer: Located<string>[], inner: Located<string>[], ignoreCase: boolean) =>
  inner.every((entry) => outer.some((pattern) => wildcardMatch(pattern.value, entry.value, ignoreCase)));

/** A Deny to everyone without conditions that covers every action and resource of the Allow. */
function shadowedBy(deny: Statement, allow: Statement): boolean {
  if (deny.effect.value !== 'Deny' || allow.effect.value !== 'Allow') return false;
  if (!toEveryone(deny.principal) || deny.conditions.length > 0 || deny.notAction || deny.notResource)
    return false;
  if (!deny.action || !deny.resource || !allow.action || !allow.resource) return false;
  return covers(deny.action, allow.action, true) && covers(deny.resource, allow.resource, false);
}

const warn = (ctx: CheckContext, code: string, message: string, range: Statement['range']) =>
  ctx.sink.addAt({ severity: 'warning', code, message, rank: [Phase.Advice] }, range);

const label = (statement: Statement) =>
  statement.sid ? `"${statement.sid.value}"` : `#${statement.index + 1}`;

/** A statement's shape, worked out at most once per analysis. */
function shapeOf(shapes: Map<Statement, string>, statement: Statement): string {
  const known = shapes.get(statement);
  if (known !== undefined) return known;
  const computed = shape(statement);
  shapes.set(statement, computed);
  return computed;
}

/** The first earlier statement with the same outline and shape. */
function twinOf(earlier: Statement[] | undefined, statement: Statement, shapes: Map<Statement, string>) {
  if (!earlier) return undefined;
  for (const other of earlier) if (shapeOf(shapes, other) === shapeOf(shapes, statement)) return other;
  return undefined;
}

function denyShadowing(policy: Policy, statement: Statement): Statement | undefined {
  for (const other of policy.statements)
    if (other !== statement && shadowedBy(other, statement)) return other;
  return undefined;
}

/** Duplicate Sids, statements that repeat another, and Allows that an explicit Deny always overrides. */
export function lintStatements(ctx: CheckContext, policy: Policy): void {
  const sids = new Map<string, Statement>();
  const outlines = new Map<number, Statement[]>();
  const shapes = new Map<Statement, string>();
  for (const statement of policy.statements) {
    if (statement.sid) {
      const first = sids.get(statement.sid.value);
      if (first)
        warn(
          ctx,
          'duplicate-sid',
          `Sid "${statement.sid.value}" is already used by statement #${first.index + 1}: give each statement its own Sid`,
          statement.sid.range,
        );
      else sids.set(statement.sid.value, statement);
    }
    const rough = outline(statement);
    const earlier = outlines.get(rough);
    const twin = twinOf(earlier, statement, shapes);
    if (twin)
      warn(
        ctx,
        'redundant-statement',
        `This statement repeats statement ${label(twin)}: it changes nothing`,
        statement.effect.range,
      );
    if (earlier) earlier.push(statement);
    else outlines.set(rough, [statement]);
    const deny = denyShadowing(policy, statement);
    if (deny) {
      warn(
        ctx,
        'unreachable-statement',
        `This Allow never takes effect: statement ${label(deny)} denies the same actions on the same resources to everyone, and an explicit Deny always wins`,
        statement.effect.range,
      );
    }
  }
}
