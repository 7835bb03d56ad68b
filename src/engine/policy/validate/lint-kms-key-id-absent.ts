import { Phase } from '../parse/s3-order.ts';
import type { StatementCheck } from './check-context.ts';
import { requiresKeySent } from './condition-facts.ts';
import { coversPutObject } from './statement-actions.ts';

const KMS_KEY_ID = 's3:x-amz-server-side-encryption-aws-kms-key-id';
const SSE_KEY = 's3:x-amz-server-side-encryption';
const NULL_FALSE = `"Null": {"${KMS_KEY_ID}": "false"}`;

/**
 * A Deny that pins the KMS key with a negated operator (`StringNotEquals`, `StringNotLike`, …) is
 * true when the request sends no key id, and `…IfExists` makes it true then as well (IAM User
 * Guide, condition operators). S3 takes the key from the header as sent, before it applies the
 * bucket default (header-keys.ts), so the Deny also refuses uploads relying on the default
 * encryption, even when the default is the pinned key, and uploads sending only
 * `x-amz-server-side-encryption: aws:kms`. Only `"Null": {key: "false"}` in the same block lets
 * them through (lint-kms-key-id-absent.test.ts runs each form against the engine).
 */
export const lintKmsKeyIdAbsent: StatementCheck = (ctx, statement, conditions) => {
  if (statement.effect.value !== 'Deny' || requiresKeySent(conditions, KMS_KEY_ID)) return;
  let coversPut: boolean | undefined;
  for (const { entry, key, operator } of conditions) {
    // The catalog's entry for the key id: the key as written, in any case.
    if (key?.name !== KMS_KEY_ID || entry.setOperator || !operator?.base.negated) continue;
    coversPut ??= coversPutObject(statement);
    if (!coversPut) return;
    // With "Null": {SSE_KEY: "false"} beside it, uploads sending no header at all are not caught.
    const refused = requiresKeySent(conditions, SSE_KEY)
      ? 'uploads that send x-amz-server-side-encryption: aws:kms without a key id'
      : 'every upload that sends no key id: one relying on the bucket default encryption (even when the default is this key), or one sending only x-amz-server-side-encryption: aws:kms';
    const why = entry.ifExists
      ? `${entry.operator.value} is true when the key id is absent, IfExists included`
      : `${entry.operator.value} is true when the key id is absent`;
    ctx.sink.addAt(
      {
        severity: 'warning',
        code: 'denies-absent-kms-key-id',
        message: `This Deny also refuses ${refused}; ${why}. To allow them, add ${NULL_FALSE} to this condition block: the Deny then applies only to a key id that is sent, and an upload sending aws:kms without a key id is encrypted under the AWS managed key aws/s3 unless another statement refuses it`,
        rank: [Phase.Advice],
      },
      entry.key.range,
    );
  }
};
