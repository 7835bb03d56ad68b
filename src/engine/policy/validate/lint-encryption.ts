import { s3ActionsNamed } from '../catalog/actions.ts';
import { Phase } from '../parse/s3-order.ts';
import type { ConditionEntry, Statement } from '../types.ts';
import { hasTrueValue } from './absent-key.ts';
import type { CheckContext, StatementCheck } from './check-context.ts';

const SSE_KEY = 's3:x-amz-server-side-encryption';

function coversPutObject(statement: Statement): boolean {
  for (const entry of statement.action ?? []) {
    for (const action of s3ActionsNamed(entry.value)) if (action.name === 's3:PutObject') return true;
  }
  return false;
}

/**
 * Require-encryption policies (spec §6.5) and their two classic side effects:
 * - `StringNotEquals` listing AES256 / aws:kms but not aws:kms:dsse also refuses DSSE-KMS uploads;
 * - a Deny on an absent header (`StringNotEquals` without IfExists, or `Null` = true) refuses
 *   uploads that rely on the bucket default encryption, because S3 evaluates the policy before
 *   it applies the default (spec §6.3).
 */
export const lintEncryption: StatementCheck = (ctx, statement, conditions) => {
  if (statement.effect.value !== 'Deny') return;
  // Whether the statement covers PutObject is asked only once a condition on the header is seen:
  // for `s3:*` the answer walks every action.
  let coversPut: boolean | undefined;
  for (const { entry, key } of conditions) {
    // The catalog's entry for the header key: the key as written, in any case.
    if (key?.name !== SSE_KEY || entry.setOperator) continue;
    coversPut ??= coversPutObject(statement);
    if (!coversPut) return;
    lintEntry(ctx, entry);
  }
};

const hasValue = (entry: ConditionEntry, value: string) => {
  for (const located of entry.values) if (located.value === value) return true;
  return false;
};

function lintEntry(ctx: CheckContext, entry: ConditionEntry): void {
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
  const deniesAbsent =
    (entry.baseOperator === 'StringNotEquals' && !entry.ifExists) ||
    (entry.baseOperator === 'Null' && hasTrueValue(entry));
  if (deniesAbsent) {
    ctx.sink.addAt(
      {
        severity: 'warning',
        code: 'denies-default-encryption',
        message:
          'Uploads that send no x-amz-server-side-encryption header are denied, even though the bucket default encryption would encrypt them: S3 evaluates the bucket policy before it applies the default. Clients must send the header (or use StringNotEqualsIfExists to let them rely on the default)',
        rank: [Phase.Advice],
      },
      entry.operator.range,
    );
  }
}
