import { Phase } from '../parse/s3-order.ts';
import type { ConditionEntry } from '../types.ts';
import { hasTrueValue } from './absent-key.ts';
import type { CheckContext, StatementCheck } from './check-context.ts';
import { requiresKeySent } from './condition-facts.ts';
import { coversPutObject } from './statement-actions.ts';

const SSE_KEY = 's3:x-amz-server-side-encryption';

/**
 * Require-encryption policies (spec §6.5) and their two classic side effects:
 * - `StringNotEquals` listing AES256 / aws:kms but not aws:kms:dsse also refuses DSSE-KMS uploads;
 * - a Deny on an absent header refuses uploads that rely on the bucket default encryption,
 *   because S3 evaluates the policy before it applies the default (spec §6.3). A negated operator
 *   is true when its key is absent, and so is any `…IfExists` operator (IAM condition operators),
 *   so `StringNotEqualsIfExists` in a Deny still denies them; only `"Null": {key: "false"}` in the
 *   same block ("only when the header is sent") lets them through.
 */
export const lintEncryption: StatementCheck = (ctx, statement, conditions) => {
  if (statement.effect.value !== 'Deny') return;
  // Whether the statement covers PutObject is asked only once a condition on the header is seen:
  // for `s3:*` the answer walks every action.
  let coversPut: boolean | undefined;
  for (const { entry, key, operator } of conditions) {
    // The catalog's entry for the header key: the key as written, in any case.
    if (key?.name !== SSE_KEY || entry.setOperator) continue;
    coversPut ??= coversPutObject(statement);
    if (!coversPut) return;
    lintEntry(ctx, entry, operator?.base.negated === true, requiresKeySent(conditions, SSE_KEY));
  }
};

const hasValue = (entry: ConditionEntry, value: string) => {
  for (const located of entry.values) if (located.value === value) return true;
  return false;
};

const NULL_FALSE = `"Null": {"${SSE_KEY}": "false"}`;

/** Why a header-less upload is denied, and what to write instead: depends on the operator. */
function deniesAbsentAdvice(entry: ConditionEntry, negated: boolean): string | undefined {
  const lead =
    'Uploads that send no x-amz-server-side-encryption header are denied, even though the bucket default encryption would encrypt them: S3 evaluates the bucket policy before it applies the default';
  if (entry.baseOperator === 'Null') {
    if (!hasTrueValue(entry)) return undefined;
    return `${lead}. Clients must send the header; if they should be able to rely on the default, remove this statement (a Deny with ${NULL_FALSE} next to its StringNotEquals still refuses a wrong header)`;
  }
  if (!negated) return undefined;
  const why = entry.ifExists
    ? `, and ${entry.operator.value} is true when the header is absent (…IfExists makes a condition true for an absent key, so in a Deny it still denies)`
    : `, and ${entry.operator.value} is true when the header is absent`;
  return `${lead}${why}. Clients must send the header, or add ${NULL_FALSE} to this condition block so the Deny applies only when the header is sent and uploads without it get the bucket default`;
}

function lintEntry(
  ctx: CheckContext,
  entry: ConditionEntry,
  negated: boolean,
  requiresHeader: boolean,
): void {
  if (entry.baseOperator === 'StringNotEquals') {
    if ((hasValue(entry, 'AES256') || hasValue(entry, 'aws:kms')) && !hasValue(entry, 'aws:kms:dsse')) {
      ctx.sink.addAt(
        {
          severity: 'warning',
          code: 'dsse-denied',
          message:
            'This Deny also refuses DSSE-KMS uploads (x-amz-server-side-encryption: aws:kms:dsse), which are KMS-encrypted too, with two layers. Add "aws:kms:dsse" to the values if they should be allowed',
          rank: [Phase.Advice],
        },
        entry.operator.range,
      );
    }
  }
  if (requiresHeader) return;
  const advice = deniesAbsentAdvice(entry, negated);
  if (advice) {
    ctx.sink.addAt(
      { severity: 'warning', code: 'denies-default-encryption', message: advice, rank: [Phase.Advice] },
      entry.operator.range,
    );
  }
}
