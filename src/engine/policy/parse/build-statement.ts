import { closestName } from '../catalog/wildcard.ts';
import type { Effect, Statement } from '../types.ts';
import { buildConditions } from './build-condition.ts';
import { type BuildContext, located, nodeRange, reportWrongType } from './build-context.ts';
import { buildPrincipal } from './build-principal.ts';
import { readStringList } from './build-values.ts';
import { describeKind, type JsonMember, type JsonNode } from './json-node.ts';
import { S3Messages } from './s3-messages.ts';
import { Step, statementRank } from './s3-order.ts';

export const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const;

type StatementElement = (typeof STATEMENT_ELEMENTS)[number];

/** A statement's elements by name: with a repeated name the last one counts, as in `JSON.parse`. */
type StatementMembers = Record<StatementElement, JsonMember | undefined>;

/** Every element present from the start, so that all statements share one object shape. */
const noMembers = (): StatementMembers => ({
  Sid: undefined,
  Effect: undefined,
  Principal: undefined,
  NotPrincipal: undefined,
  Action: undefined,
  NotAction: undefined,
  Resource: undefined,
  NotResource: undefined,
  Condition: undefined,
});

/** Action/NotAction and Resource/NotResource: read alike, at their own step of S3's order. */
const LIST_ELEMENTS = [
  { element: 'Action', notElement: 'NotAction', step: Step.Action, field: 'action', notField: 'notAction' },
  {
    element: 'Resource',
    notElement: 'NotResource',
    step: Step.Resource,
    field: 'resource',
    notField: 'notResource',
  },
] as const;

export interface StatementOptions {
  /** Bucket policies must name a Principal; identity policies must not need one. */
  requirePrincipal: boolean;
}

/**
 * Builds one statement. Returns undefined when it has no valid Effect (the AST needs one); the
 * problems are reported either way.
 */
export function buildStatement(
  ctx: BuildContext,
  node: JsonNode,
  index: number,
  options: StatementOptions,
): Statement | undefined {
  if (node.kind !== 'object') {
    reportWrongType(
      ctx,
      node,
      statementRank(index, Step.Element),
      `A statement must be an object, not ${describeKind(node)}`,
    );
    return undefined;
  }
  const members = readElements(ctx, node, index);

  const statement: Omit<Statement, 'effect'> = { index, conditions: [], range: nodeRange(ctx, node) };
  const sid = members.Sid?.value;
  if (sid?.kind === 'string') statement.sid = located(ctx, sid.value, sid);
  else if (sid)
    reportWrongType(
      ctx,
      sid,
      statementRank(index, Step.Element),
      `Sid must be a string, not ${describeKind(sid)}`,
    );

  const effect = readEffect(ctx, members.Effect?.value, index);
  if (!members.Effect)
    missingElement(
      ctx,
      node,
      index,
      'Effect',
      Step.Effect,
      'missing-effect',
      'The statement has no "Effect": add "Effect": "Allow" or "Effect": "Deny"',
    );

  bothElements(ctx, members, index, 'Principal', 'NotPrincipal', Step.Principal);
  const principal = members.Principal?.value;
  const notPrincipal = members.NotPrincipal?.value;
  if (principal) {
    const spec = buildPrincipal(ctx, principal, index, 'Principal');
    if (spec) statement.principal = spec;
  }
  if (notPrincipal) {
    const spec = buildPrincipal(ctx, notPrincipal, index, 'NotPrincipal');
    if (spec) statement.notPrincipal = spec;
  }
  if (!principal && !notPrincipal && options.requirePrincipal) {
    missingElement(
      ctx,
      node,
      index,
      'Principal',
      Step.Principal,
      'missing-principal',
      'A bucket policy statement must name a "Principal" (who it applies to), e.g. {"AWS": "arn:aws:iam::111122223333:root"} or "*"',
    );
  }

  for (const { element, notElement, step, field, notField } of LIST_ELEMENTS) {
    bothElements(ctx, members, index, element, notElement, step);
    const value = members[element]?.value;
    if (value) statement[field] = readStringList(ctx, value, { element, statement: index, step }, false);
    const notValue = members[notElement]?.value;
    if (notValue)
      statement[notField] = readStringList(
        ctx,
        notValue,
        { element: notElement, statement: index, step },
        false,
      );
    if (!value && !notValue) {
      missingElement(
        ctx,
        node,
        index,
        element,
        step,
        `missing-${field}`,
        `The statement has no "${element}" (or "${notElement}")`,
      );
    }
  }

  const condition = members.Condition?.value;
  if (condition) statement.conditions = buildConditions(ctx, condition, index);
  if (!effect) return undefined;
  // Effect last, where the AST has always had it: a parsed policy written as JSON stays the same.
  (statement as Statement).effect = effect;
  return statement as Statement;
}

/** The statement's elements by name; an unknown element name is reported. */
function readElements(ctx: BuildContext, node: JsonNode & { kind: 'object' }, index: number) {
  const members = noMembers();
  for (const member of node.members) {
    // A switch with one store per name: no hashing of each fresh key string, no keyed store.
    switch (member.key) {
      case 'Sid':
        members.Sid = member;
        continue;
      case 'Effect':
        members.Effect = member;
        continue;
      case 'Principal':
        members.Principal = member;
        continue;
      case 'NotPrincipal':
        members.NotPrincipal = member;
        continue;
      case 'Action':
        members.Action = member;
        continue;
      case 'NotAction':
        members.NotAction = member;
        continue;
      case 'Resource':
        members.Resource = member;
        continue;
      case 'NotResource':
        members.NotResource = member;
        continue;
      case 'Condition':
        members.Condition = member;
        continue;
    }
    const suggestion = closestName(member.key, STATEMENT_ELEMENTS);
    ctx.sink.add({
      code: 'unknown-element',
      message: `Unknown statement element "${member.key}"${suggestion ? `: did you mean "${suggestion}"? Element names are case-sensitive` : ''}`,
      start: member.keyStart,
      end: member.keyEnd,
      rank: statementRank(index, Step.Element),
      s3Message: S3Messages.unknownField(member.key),
    });
  }
  return members;
}

function readEffect(ctx: BuildContext, node: JsonNode | undefined, index: number) {
  if (!node) return undefined;
  const rank = statementRank(index, Step.Effect);
  if (node.kind !== 'string') {
    reportWrongType(ctx, node, rank, `Effect must be "Allow" or "Deny", not ${describeKind(node)}`);
    return undefined;
  }
  if (node.value === 'Allow' || node.value === 'Deny') return located<Effect>(ctx, node.value, node);
  const lower = node.value.toLowerCase();
  const hint = lower === 'allow' || lower === 'deny' ? ' (Effect values are case-sensitive)' : '';
  ctx.sink.add({
    code: 'invalid-effect',
    message: `Effect must be "Allow" or "Deny"${hint}`,
    start: node.start,
    end: node.end,
    rank,
    s3Message: S3Messages.invalidEffect(node.value),
  });
  return undefined;
}

/** A required element is absent: reported at the statement's opening brace. */
function missingElement(
  ctx: BuildContext,
  node: { start: number },
  index: number,
  field: string,
  step: number,
  code: string,
  message: string,
): void {
  ctx.sink.add({
    code,
    message,
    start: node.start,
    end: node.start + 1,
    rank: statementRank(index, step),
    s3Message: S3Messages.missingField(field),
  });
}

/** An element and its Not form together (Principal and NotPrincipal, ...): the second is refused. */
function bothElements(
  ctx: BuildContext,
  members: StatementMembers,
  index: number,
  a: StatementElement,
  b: StatementElement,
  step: number,
): void {
  const second = members[b];
  if (members[a] && second) {
    reportWrongType(
      ctx,
      second.value,
      statementRank(index, step),
      `A statement takes ${a} or ${b}, not both`,
    );
  }
}
