import { parseOperatorName } from '../catalog/operators.ts';
import type { ConditionEntry } from '../types.ts';
import { type BuildContext, keyRange, reportWrongType } from './build-context.ts';
import { readStringList } from './build-values.ts';
import { describeKind, type JsonNode } from './json-node.ts';
import { Step, statementRank } from './s3-order.ts';

/** The operator's parts; for an unknown operator, a best-effort split (validation reports it). */
function operatorParts(name: string): Pick<ConditionEntry, 'baseOperator' | 'setOperator' | 'ifExists'> {
  const known = parseOperatorName(name);
  if (known) {
    const parts = { baseOperator: known.base.name, ifExists: known.ifExists };
    return known.setOperator ? { ...parts, setOperator: known.setOperator } : parts;
  }
  const colon = name.indexOf(':');
  const rest = colon >= 0 ? name.slice(colon + 1) : name;
  const ifExists = rest.endsWith('IfExists');
  return { baseOperator: ifExists ? rest.slice(0, -'IfExists'.length) : rest, ifExists };
}

/**
 * Reads a Condition block: operator → key → value or values. Every operator/key pair becomes one
 * entry, in document order.
 */
export function buildConditions(ctx: BuildContext, node: JsonNode, statement: number): ConditionEntry[] {
  const rank = statementRank(statement, Step.Element);
  if (node.kind !== 'object') {
    reportWrongType(ctx, node, rank, `Condition must be an object of operators, not ${describeKind(node)}`);
    return [];
  }
  const entries: ConditionEntry[] = [];
  for (const operatorMember of node.members) {
    const block = operatorMember.value;
    if (block.kind !== 'object') {
      reportWrongType(
        ctx,
        block,
        rank,
        `The ${operatorMember.key} block must be an object of condition keys, not ${describeKind(block)}`,
      );
      continue;
    }
    const operator = { value: operatorMember.key, range: keyRange(ctx, operatorMember) };
    for (const keyMember of block.members) {
      const values = readStringList(ctx, keyMember.value, {
        element: `${keyMember.key} condition`,
        rank,
        scalars: true,
      });
      entries.push({
        operator,
        ...operatorParts(operatorMember.key),
        key: { value: keyMember.key, range: keyRange(ctx, keyMember) },
        values,
      });
    }
  }
  return entries;
}
