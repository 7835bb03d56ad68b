import type { Located, PrincipalSpec } from '../types.ts';
import { type BuildContext, nodeRange } from './build-context.ts';
import { readStringList } from './build-values.ts';
import { describeKind, type JsonNode } from './json-node.ts';
import { S3Messages } from './s3-messages.ts';
import { Step, statementRank } from './s3-order.ts';

/** The principal types of the policy grammar (IAM "AWS JSON policy elements: Principal"). */
export const PRINCIPAL_TYPES = ['AWS', 'Service', 'CanonicalUser', 'Federated'] as const;
const PRINCIPAL_TYPE_NAMES: ReadonlySet<string> = new Set(PRINCIPAL_TYPES);

/**
 * Reads Principal or NotPrincipal: `"*"` or a map of principal type to values. Only `"*"` may
 * stand alone as a string; a bare ARN is "Invalid policy syntax." (conformance
 * obs-put-policy-principal-plain-arn-string).
 */
export function buildPrincipal(
  ctx: BuildContext,
  node: JsonNode,
  statement: number,
  element: 'Principal' | 'NotPrincipal',
): PrincipalSpec | undefined {
  const rank = statementRank(statement, Step.Principal);
  if (node.kind === 'string' && node.value === '*') return { kind: 'wildcard', range: nodeRange(ctx, node) };
  if (node.kind !== 'object') {
    const hint =
      node.kind === 'string'
        ? `Only "*" can stand alone; write {"AWS": ${JSON.stringify(node.value)}} for an account or IAM ARN`
        : `${element} must be "*" or an object such as {"AWS": "arn:aws:iam::111122223333:root"}, not ${describeKind(node)}`;
    ctx.sink.add({
      code: 'principal-syntax',
      message: hint,
      start: node.start,
      end: node.end,
      rank,
      s3Message: S3Messages.invalidSyntax,
    });
    return undefined;
  }
  const entries: Record<string, Located<string>[]> = {};
  for (const member of node.members) {
    if (!PRINCIPAL_TYPE_NAMES.has(member.key)) {
      ctx.sink.add({
        code: 'principal-syntax',
        message: `Unknown principal type "${member.key}": use AWS, Service, CanonicalUser or Federated`,
        start: member.keyStart,
        end: member.keyEnd,
        rank,
        s3Message: S3Messages.invalidSyntax,
      });
      continue;
    }
    const place = { element: `${element} ${member.key}`, statement, step: Step.Principal };
    entries[member.key] = readStringList(ctx, member.value, place, false);
  }
  return { kind: 'map', entries, range: nodeRange(ctx, node) };
}
