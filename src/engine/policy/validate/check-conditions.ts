import type { ConditionKeyInfo } from '../catalog/key-types.ts';
import { conditionKeyNames } from '../catalog/keys.ts';
import { allOperatorSpellings, type OperatorInfo } from '../catalog/operators.ts';
import { closestName } from '../catalog/wildcard.ts';
import { S3Messages } from '../parse/s3-messages.ts';
import { Phase, Step, statementRank } from '../parse/s3-order.ts';
import type { ConditionEntry, Statement } from '../types.ts';
import { absentConsequence, valueWhenKeyAbsent } from './absent-key.ts';
import type { CheckContext, StatementCheck } from './check-context.ts';
import { checkKeyOperatorFit } from './check-key-type.ts';
import { VALUE_CHECKS } from './values/index.ts';

const OPERATOR_SPELLINGS = allOperatorSpellings();
const KEY_NAMES = conditionKeyNames();

/**
 * Each condition: the operator must exist ("Invalid Condition type : X"), an s3: key must exist
 * ("Policy has an invalid condition key"), IP values must parse ("Invalid IP address in
 * Conditions"). Other value types and unknown aws: keys are accepted by S3 but flagged: the
 * condition then never or always matches.
 */
export const checkConditions: StatementCheck = (ctx, statement, conditions) => {
  for (const { entry, item, operator, key } of conditions) {
    if (!operator) {
      const guess = closestName(entry.operator.value, OPERATOR_SPELLINGS);
      ctx.sink.addAt(
        {
          code: 'unknown-operator',
          message: `"${entry.operator.value}" is not a condition operator${guess ? ` (did you mean "${guess}"?)` : ''}: S3 refuses the policy`,
          rank: statementRank(statement.index, Step.ConditionOperator, item),
          s3Message: S3Messages.invalidConditionType(entry.operator.value),
        },
        entry.operator.range,
      );
      continue;
    }
    checkKey(ctx, statement, entry, key, operator.base, item);
    checkValues(ctx, statement, entry, operator.base, item);
    checkKeyOperatorFit(ctx, entry, key, operator.base);
  }
};

function checkKey(
  ctx: CheckContext,
  statement: Statement,
  entry: ConditionEntry,
  key: ConditionKeyInfo | undefined,
  operator: OperatorInfo,
  item: number,
) {
  const name = entry.key.value;
  if (key) return;
  const guess = closestName(name, KEY_NAMES);
  const suggestion = guess ? `did you mean "${guess}"? ` : '';
  if (name.toLowerCase().startsWith('s3:')) {
    ctx.sink.addAt(
      {
        code: 'invalid-condition-key',
        message: `"${name}" is not an S3 condition key: ${suggestion}S3 refuses the policy`,
        rank: statementRank(statement.index, Step.ConditionKey, item),
        s3Message: S3Messages.invalidConditionKey,
      },
      entry.key.range,
    );
    return;
  }
  if (ctx.kind !== 'bucket' && !name.toLowerCase().startsWith('aws:')) return;
  const outcome = valueWhenKeyAbsent(entry, operator.negated);
  ctx.sink.addAt(
    {
      severity: 'warning',
      code: 'unknown-condition-key',
      message: `"${name}" is not a key S3 sends: ${suggestion}S3 stores the policy, but the key is absent from every request, so ${absentConsequence(statement.effect.value, outcome)}`,
      rank: [Phase.Advice],
    },
    entry.key.range,
  );
}

function checkValues(
  ctx: CheckContext,
  statement: Statement,
  entry: ConditionEntry,
  operator: OperatorInfo,
  item: number,
) {
  if (entry.values.length === 0) {
    ctx.sink.addAt(
      {
        severity: 'warning',
        code: 'empty-condition-values',
        message: 'No values: this condition can never match',
        rank: [Phase.Advice],
      },
      entry.key.range,
    );
  }
  const check = VALUE_CHECKS[operator.valueType];
  for (const value of entry.values) {
    const problem = check(value.value);
    if (!problem) continue;
    const isIp = operator.valueType === 'IP';
    ctx.sink.addAt(
      isIp
        ? {
            code: 'invalid-ip',
            message: `${problem}: S3 refuses the policy`,
            rank: statementRank(statement.index, Step.ConditionValue, item),
            s3Message: S3Messages.invalidIp,
          }
        : {
            // S3 does not check value types other than IP addresses when it stores a policy.
            severity: 'warning',
            code: 'condition-value-type',
            message: `${problem}, as ${entry.operator.value} needs. S3 stores the policy without checking, but this value never matches`,
            rank: [Phase.Advice],
          },
      value.range,
    );
  }
}
