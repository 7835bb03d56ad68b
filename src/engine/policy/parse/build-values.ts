import type { Located } from '../types.ts';
import { type BuildContext, located, reportWrongType } from './build-context.ts';
import { describeKind, type JsonNode } from './json-node.ts';
import { statementRank } from './s3-order.ts';

/** The text IAM reads from a scalar: condition values may be JSON numbers or booleans. */
function scalarText(node: JsonNode, scalars: boolean): string | undefined {
  if (node.kind === 'string') return node.value;
  if (!scalars) return undefined;
  if (node.kind === 'number') return node.raw;
  if (node.kind === 'boolean') return String(node.value);
  return undefined;
}

/** Where a list sits: its name in messages, and its statement and step in S3's reporting order. */
export interface ListPlace {
  element: string;
  statement: number;
  step: number;
}

/**
 * Reads an element that takes one string or an array of strings (Action, Resource, principal
 * values, condition values). With `scalars`, numbers and booleans count as their text, as IAM
 * accepts them in condition values.
 */
export function readStringList(
  ctx: BuildContext,
  node: JsonNode,
  place: ListPlace,
  scalars: boolean,
): Located<string>[] {
  const single = scalarText(node, scalars);
  if (single !== undefined) return [located(ctx, single, node)];
  const expected = scalars ? 'a string, number or boolean' : 'a string';
  if (node.kind !== 'array') {
    reportWrongType(
      ctx,
      node,
      statementRank(place.statement, place.step),
      `${place.element} must be ${expected} or an array of them, not ${describeKind(node)}`,
    );
    return [];
  }
  const values: Located<string>[] = [];
  for (const item of node.items) {
    const text = scalarText(item, scalars);
    if (text === undefined) {
      reportWrongType(
        ctx,
        item,
        statementRank(place.statement, place.step),
        `Each ${place.element} value must be ${expected}, not ${describeKind(item)}`,
      );
    } else {
      values.push(located(ctx, text, item));
    }
  }
  return values;
}
