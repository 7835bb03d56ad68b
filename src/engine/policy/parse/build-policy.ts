import { closestName } from '../catalog/wildcard.ts';
import type { Policy } from '../types.ts';
import { type BuildContext, located, nodeRange, reportWrongType } from './build-context.ts';
import { buildStatement, type StatementOptions } from './build-statement.ts';
import { describeKind, type JsonMember, type JsonNode } from './json-node.ts';
import { S3Messages } from './s3-messages.ts';
import { Phase, type Rank } from './s3-order.ts';

// biome-ignore lint/suspicious/noTemplateCurlyInString: IAM's policy-variable syntax, shown in a message.
const POLICY_VARIABLE = '${aws:username}';

const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'] as const;

/** The two grammar versions (IAM "Version" element); 2012-10-17 enables policy variables. */
export const POLICY_VERSIONS = ['2012-10-17', '2008-10-17'] as const;

/** Builds the Policy AST from the JSON tree; undefined when the root is not an object. */
export function buildPolicy(
  ctx: BuildContext,
  root: JsonNode,
  options: StatementOptions,
): Policy | undefined {
  if (root.kind !== 'object') return undefined;
  const documentRank = [Phase.Document];
  // The last of a repeated name counts, as in JSON.parse (duplicate-keys.ts reports the others).
  let id: JsonNode | undefined;
  let version: JsonNode | undefined;
  let statementNode: JsonNode | undefined;
  for (const member of root.members) {
    if (member.key === 'Id') id = member.value;
    else if (member.key === 'Version') version = member.value;
    else if (member.key === 'Statement') statementNode = member.value;
    else reportUnknownElement(ctx, member, documentRank);
  }
  const policy: Policy = { statements: [], range: nodeRange(ctx, root) };

  if (id?.kind === 'string') policy.id = located(ctx, id.value, id);
  else if (id) reportWrongType(ctx, id, documentRank, `Id must be a string, not ${describeKind(id)}`);

  if (version?.kind === 'string' && (POLICY_VERSIONS as readonly string[]).includes(version.value)) {
    policy.version = located(ctx, version.value, version);
  } else if (version) {
    ctx.sink.add({
      code: 'invalid-version',
      message:
        'Version must be "2012-10-17" (or the older "2008-10-17"): it names the policy grammar, not a date you choose',
      start: version.start,
      end: version.end,
      rank: [Phase.Version],
      s3Message: S3Messages.invalidVersion,
    });
  } else {
    // S3 accepts a policy without Version and stores it as 2008-10-17 (versitygw#1536).
    ctx.sink.add({
      severity: 'warning',
      code: 'missing-version',
      message: `No "Version": S3 accepts the policy as version 2008-10-17, where policy variables such as ${POLICY_VARIABLE} are plain text. Add "Version": "2012-10-17"`,
      start: root.start,
      end: root.start + 1,
      rank: [Phase.Advice],
    });
  }

  if (!statementNode) {
    ctx.sink.add({
      code: 'missing-statement',
      message: 'The policy has no "Statement": add a list of statements',
      start: root.start,
      end: root.start + 1,
      rank: documentRank,
      s3Message: S3Messages.missingField('Statement'),
    });
    return policy;
  }
  const items = statementNode.kind === 'array' ? statementNode.items : [statementNode];
  if (items.length === 0) {
    ctx.sink.add({
      code: 'empty-statement',
      message: 'The Statement list is empty: a policy needs at least one statement',
      start: statementNode.start,
      end: statementNode.end,
      rank: documentRank,
      s3Message: S3Messages.emptyStatement,
    });
  }
  for (let index = 0; index < items.length; index++) {
    const statement = buildStatement(ctx, items[index]!, index, options);
    if (statement) policy.statements.push(statement);
  }
  return policy;
}

function reportUnknownElement(ctx: BuildContext, member: JsonMember, rank: Rank): void {
  const suggestion = closestName(member.key, POLICY_ELEMENTS);
  ctx.sink.add({
    code: 'unknown-element',
    message: `Unknown policy element "${member.key}"${suggestion ? `: did you mean "${suggestion}"?` : ''}`,
    start: member.keyStart,
    end: member.keyEnd,
    rank,
    s3Message: S3Messages.unknownField(member.key),
  });
}
