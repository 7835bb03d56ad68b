import { Phase } from '../parse/s3-order.ts';
import type { StatementCheck } from './check-context.ts';

/**
 * ForAllValues/ForAnyValue are for keys with several values per request (IAM "Set operators for
 * multivalued context keys"). On a single-valued key they mislead: ForAllValues is true when the
 * key is absent, so an Allow with it can grant more than intended.
 */
export const lintSetOperators: StatementCheck = (ctx, _statement, conditions) => {
  for (const { entry, key: info } of conditions) {
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
};
