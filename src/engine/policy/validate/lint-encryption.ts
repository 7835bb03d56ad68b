import { s3ActionsNamed } from '../catalog/actions.ts';
import { Phase } from '../parse/s3-order.ts';
import type { ConditionEntry, Statement } from '../types.ts';
import type { CheckContext } from './check-context.ts';

const SSE_KEY = 's3:x-amz-server-side-encryption';

const coversPutObject = (statement: Statement) =>
  (statement.action ?? []).some((entry) =>
    s3ActionsNamed(entry.value).some((action) => action.name === 's3:PutObject'),
  );

/**
 * Require-encryption policies (spec §6.5) and their two classic side effects:
 * - `StringNotEquals` listing AES256 / aws:kms but not aws:kms:dsse also refuses DSSE-KMS uploads;
 * - a Deny on an absent header (`StringNotEquals` without IfExists, or `Null` = true) refuses
 *   uploads that rely on the bucket default encryption, because S3 evaluates the policy before
 *   it applies the default (spec §6.3).
 */
function encryptionConditions(statement: Statement): ConditionEntry[] {
  if (statement.effect.value !== 'Deny' || !coversPutObject(statement)) return [];
  return statement.conditions.filter(
    (entry) => entry.key.value.toLowerCase() === SSE_KEY && !entry.setOperator,
  );
}

export function lintEncryption(ctx: CheckContext, statement: Statement): void {
  for (const entry of encryptionConditions(statement)) {
    const values = entry.values.map((value) => value.value);
    if (entry.baseOperator === 'StringNotEquals') {
      if ((values.includes('AES256') || values.includes('aws:kms')) && !values.includes('aws:kms:dsse')) {
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
      (entry.baseOperator === 'Null' && values.some((value) => value.toLowerCase() === 'true'));
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
}
