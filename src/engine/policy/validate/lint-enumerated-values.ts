import { KMS_KEY_ARN, keyValues } from '../catalog/key-values.ts';
import { closestName, wildcardMatch } from '../catalog/wildcard.ts';
import { Phase } from '../parse/s3-order.ts';
import type { Located } from '../types.ts';
import type { CheckContext, StatementCheck } from './check-context.ts';

const KMS_KEY_ID = 's3:x-amz-server-side-encryption-aws-kms-key-id';

const list = (values: readonly string[]) =>
  values.length === 1 ? values[0] : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;

/** Whether a policy value can equal a value S3 sends, under this operator. */
function canMatch(value: string, sent: readonly string[], operator: { like: boolean; ignoreCase: boolean }) {
  if (operator.like) return sent.some((s) => wildcardMatch(value, s));
  if (operator.ignoreCase) return sent.some((s) => s.toLowerCase() === value.toLowerCase());
  return sent.includes(value);
}

function kmsArnProblem(value: string, like: boolean): string | undefined {
  if (like && /[*?]/.test(value)) return undefined;
  if (KMS_KEY_ARN.test(value)) return undefined;
  const hint = value.startsWith('alias/')
    ? ' S3 puts the key ARN in this key, never an alias.'
    : /^[0-9a-f-]{36}$/i.test(value)
      ? ' S3 puts the key ARN in this key, never a bare key id.'
      : '';
  return `"${value}" is not a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID), so it never matches.${hint}`;
}

/**
 * A string condition value that S3 never sends for its key: a typo such as "aws:ksm" silently
 * never matches (so an Allow grants nothing and a StringNotEquals Deny denies every request).
 */
export const lintEnumeratedValues: StatementCheck = (ctx, _statement, conditions) => {
  for (const { entry, operator, key: info } of conditions) {
    if (operator?.base.valueType !== 'String') continue;
    const like = operator.base.name.endsWith('Like');
    const ignoreCase = operator.base.name.endsWith('IgnoreCase');
    const key = entry.key.value;
    // The catalog's entry for the KMS key id: the key as written, in any case.
    if (info?.name === KMS_KEY_ID) {
      for (const value of entry.values) warnAt(ctx, value, kmsArnProblem(value.value, like));
      continue;
    }
    const sent = keyValues(key);
    if (!sent) continue;
    for (const value of entry.values) {
      if (canMatch(value.value, sent, { like, ignoreCase })) continue;
      const guess = closestName(value.value, sent);
      const suggestion = guess ? ` Did you mean "${guess}"?` : '';
      warnAt(
        ctx,
        value,
        `"${value.value}" is a value S3 never sends for ${key} (it sends ${list(sent)}), so it never matches.${suggestion}`,
      );
    }
  }
};

function warnAt(ctx: CheckContext, value: Located<string>, message: string | undefined) {
  if (!message) return;
  ctx.sink.addAt(
    { severity: 'warning', code: 'value-never-sent', message, rank: [Phase.Advice] },
    value.range,
  );
}
