import { parseOperatorName } from '../catalog/operators.ts';
import type { ConditionEntry, Located } from '../types.ts';
import { type BuildContext, keyRange, reportWrongType } from './build-context.ts';
import { readStringList } from './build-values.ts';
import { describeKind, type JsonNode } from './json-node.ts';
import { Step, statementRank } from './s3-order.ts';

/**
 * One entry with the operator's parts; for an unknown operator, a best-effort split (validation
 * reports it).
 */
function conditionEntry(
  operator: Located<string>,
  key: Located<string>,
  values: Located<string>[],
): ConditionEntry {
  const name = operator.value;
  const known = parseOperatorName(name);
  if (known) {
    const baseOperator = known.base.name;
    const ifExists = known.ifExists;
    return known.setOperator
      ? { operator, baseOperator, ifExists, setOperator: known.setOperator, key, values }
      : { operator, baseOperator, ifExists, key, values };
  }
  const colon = name.indexOf(':');
  const rest = colon >= 0 ? name.slice(colon + 1) : name;
  const ifExists = rest.endsWith('IfExists');
  return {
    operator,
    baseOperator: ifExists ? rest.slice(0, -'IfExists'.length) : rest,
    ifExists,
    key,
    values,
  };
}

/**
 * Reads a Condition block: operator → key → value or values. Every operator/key pair becomes one
 * entry, in document order.
 */
export function buildConditions(ctx: BuildContext, node: JsonNode, statement: number): ConditionEntry[] {
  if (node.kind !== 'object') {
    reportWrongType(
      ctx,
      node,
      statementRank(statement, Step.Element),
      `Condition must be an object of operators, not ${describeKind(node)}`,
    );
    return [];
  }
  const entries: ConditionEntry[] = [];
  for (const operatorMember of node.members) {
    const block = operatorMember.value;
    if (block.kind !== 'object') {
      reportWrongType(
        ctx,
        block,
        statementRank(statement, Step.Element),
        `The ${operatorMember.key} block must be an object of condition keys, not ${describeKind(block)}`,
      );
      continue;
    }
    const operator = { value: operatorMember.key, range: keyRange(ctx, operatorMember) };
    for (const keyMember of block.members) {
      const place = { element: `${keyMember.key} condition`, statement, step: Step.Element };
      const values = readStringList(ctx, keyMember.value, place, true);
      entries.push(
        conditionEntry(operator, { value: keyMember.key, range: keyRange(ctx, keyMember) }, values),
      );
    }
  }
  return entries;
}
