import { Phase } from '../parse/s3-order.ts';
import type { Statement } from '../types.ts';
import type { CheckContext } from './check-context.ts';
import type { ConditionFacts } from './condition-facts.ts';

/**
 * Several values under a negated operator combine as NOR: the condition is true only when the
 * request value equals none of them (IAM "Conditions with multiple context keys or values").
 */
export function lintNegatedValues(
  ctx: CheckContext,
  statement: Statement,
  conditions: readonly ConditionFacts[],
): void {
  for (let item = 0; item < statement.conditions.length; item++) {
    const entry = statement.conditions[item]!;
    const operator = conditions[item]!.operator;
    if (!operator?.base.negated || entry.setOperator || entry.values.length < 2) continue;
    let list = JSON.stringify(entry.values[0]!.value);
    for (let i = 1; i < entry.values.length; i++) list += `, ${JSON.stringify(entry.values[i]!.value)}`;
    ctx.sink.addAt(
      {
        severity: 'info',
        code: 'negated-values-nor',
        message: `${entry.operator.value} with several values means "equals none of ${list}" (NOR): the condition is false as soon as the request value is any one of them${statement.effect.value === 'Deny' ? ', so this Deny lets each of them through' : ''}`,
        rank: [Phase.Advice],
      },
      entry.operator.range,
    );
  }
}
