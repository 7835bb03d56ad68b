import type { Located } from '../types.ts';
import { type BuildContext, located, reportWrongType } from './build-context.ts';
import { describeKind, type JsonNode } from './json-node.ts';
import type { Rank } from './s3-order.ts';

/** The text IAM reads from a scalar: condition values may be JSON numbers or booleans. */
function scalarText(node: JsonNode, scalars: boolean): string | undefined {
  if (node.kind === 'string') return node.value;
  if (!scalars) return undefined;
  if (node.kind === 'number') return node.raw;
  if (node.kind === 'boolean') return String(node.value);
  return undefined;
}

/**
 * Reads an element that takes one string or an array of strings (Action, Resource, principal
 * values, condition values). With `scalars`, numbers and booleans count as their text, as IAM
 * accepts them in condition values.
 */
export function readStringList(
  ctx: BuildContext,
  node: JsonNode,
  options: { element: string; rank: Rank; scalars: boolean },
): Located<string>[] {
  const expected = options.scalars ? 'a string, number or boolean' : 'a string';
  const single = scalarText(node, options.scalars);
  if (single !== undefined) return [located(ctx, single, node)];
  if (node.kind !== 'array') {
    reportWrongType(
      ctx,
      node,
      options.rank,
      `${options.element} must be ${expected} or an array of them, not ${describeKind(node)}`,
    );
    return [];
  }
  const values: Located<string>[] = [];
  for (const item of node.items) {
    const text = scalarText(item, options.scalars);
    if (text === undefined) {
      reportWrongType(
        ctx,
        item,
        options.rank,
        `Each ${options.element} value must be ${expected}, not ${describeKind(item)}`,
      );
    } else {
      values.push(located(ctx, text, item));
    }
  }
  return values;
}
