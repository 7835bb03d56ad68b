import { Phase } from '../parse/s3-order.ts';
import type { Statement } from '../types.ts';
import type { CheckContext } from './check-context.ts';
import type { ConditionFacts } from './condition-facts.ts';

/**
 * ForAllValues/ForAnyValue are for keys with several values per request (IAM "Set operators for
 * multivalued context keys"). On a single-valued key they mislead: ForAllValues is true when the
 * key is absent, so an Allow with it can grant more than intended.
 */
export function lintSetOperators(
  ctx: CheckContext,
  statement: Statement,
  conditions: readonly ConditionFacts[],
): void {
  for (let item = 0; item < statement.conditions.length; item++) {
    const entry = statement.conditions[item]!;
    const info = conditions[item]!.key;
    if (!entry.setOperator || !info || info.multiValued) continue;
    const absent =
      entry.setOperator === 'ForAllValues'
        ? ' ForAllValues is also true when the key is absent from the request.'
        : '';
    ctx.sink.addAt(
      {
        severity: 'warning',
        code: 'set-operator-single-value',
        message: `${info.name} has a single value per request: write ${entry.baseOperator}${entry.ifExists ? 'IfExists' : ''} without ${entry.setOperator}:.${absent}`,
        rank: [Phase.Advice],
      },
      entry.operator.range,
    );
  }
}
