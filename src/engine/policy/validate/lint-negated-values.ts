import { Phase } from '../parse/s3-order.ts';
import type { StatementCheck } from './check-context.ts';

/**
 * Several values under a negated operator combine as NOR: the condition is true only when the
 * request value equals none of them (IAM "Conditions with multiple context keys or values").
 */
export const lintNegatedValues: StatementCheck = (ctx, statement, conditions) => {
  for (const { entry, operator } of conditions) {
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
};
