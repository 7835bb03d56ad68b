import type { Located, Range } from '../types.ts';
import type { JsonMember, JsonNode } from './json-node.ts';
import type { LineIndex } from './line-index.ts';
import type { ProblemSink } from './problem-sink.ts';
import { S3Messages } from './s3-messages.ts';
import type { Rank } from './s3-order.ts';

/** What the AST builders share: the sink for problems and the line index for ranges. */
export interface BuildContext {
  sink: ProblemSink;
  lines: LineIndex;
}

export const nodeRange = (ctx: BuildContext, node: { start: number; end: number }): Range =>
  ctx.lines.range(node.start, node.end);

export const keyRange = (ctx: BuildContext, member: JsonMember): Range =>
  ctx.lines.range(member.keyStart, member.keyEnd);

export const located = <T>(ctx: BuildContext, value: T, node: JsonNode): Located<T> => ({
  value,
  range: nodeRange(ctx, node),
});

/** An element whose JSON type is wrong: S3 answers "Invalid policy syntax." */
export function reportWrongType(ctx: BuildContext, node: JsonNode, rank: Rank, message: string): void {
  ctx.sink.add({
    code: 'invalid-value-type',
    message,
    start: node.start,
    end: node.end,
    rank,
    s3Message: S3Messages.invalidSyntax,
  });
}
