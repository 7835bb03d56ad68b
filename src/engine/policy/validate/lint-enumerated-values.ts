import { KMS_KEY_ARN, keyValues } from '../catalog/key-values.ts';
import { closestName, wildcardMatch } from '../catalog/wildcard.ts';
import { Phase } from '../parse/s3-order.ts';
import type { ConditionEntry, Located } from '../types.ts';
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

/** Why a KMS key id value can never equal the ARN S3 puts in the key, with a hint; undefined: it can. */
function kmsArnProblem(value: string, like: boolean): { problem: string; hint: string } | undefined {
  if (like && /[*?]/.test(value)) return undefined;
  if (KMS_KEY_ARN.test(value)) return undefined;
  const hint = value.startsWith('alias/')
    ? ' S3 puts the key ARN in this key, never an alias.'
    : /^[0-9a-f-]{36}$/i.test(value)
      ? ' S3 puts the key ARN in this key, never a bare key id.'
      : '';
  return { problem: `"${value}" is not a KMS key ARN (arn:aws:kms:REGION:ACCOUNT:key/KEY-ID)`, hint };
}

/**
 * What a value that never equals what S3 sends does to its condition (IAM condition operators):
 * - a plain operator never matches it; when no value of the entry can match, the condition is
 *   never true (or, with IfExists, true only when the key is absent);
 * - a negated operator is always "not equal" to it; when no value can match, the condition is
 *   true for every request, with the key or without, so a Deny denies everything it covers. With
 *   other values in the list (ORed, so NOR under a negated operator) this one just excludes nothing.
 */
function consequence(
  entry: ConditionEntry,
  negated: boolean,
  effect: string,
  allUnmatchable: boolean,
): string {
  const op = entry.operator.value;
  if (entry.setOperator) return 'so it never matches';
  if (negated) {
    if (!allUnmatchable) return `so under ${op} it excludes nothing: the condition is the same without it`;
    return effect === 'Deny'
      ? `so ${op} is true for every request, with the key or without it: this Deny applies to every request it covers`
      : `so ${op} is true for every request, with the key or without it: it restricts nothing`;
  }
  if (!allUnmatchable) return 'so it never matches';
  if (entry.ifExists)
    return `so it never matches: ${op} is then true only for requests without ${entry.key.value}`;
  return effect === 'Deny'
    ? 'so it never matches: the condition is never true and this Deny never applies'
    : 'so it never matches: the condition is never true and this Allow never applies';
}

/**
 * A string condition value that S3 never sends for its key: a typo such as "aws:ksm" silently
 * never matches (so an Allow grants nothing and a StringNotEquals Deny denies every request).
 */
export const lintEnumeratedValues: StatementCheck = (ctx, statement, conditions) => {
  for (const { entry, operator, key: info } of conditions) {
    if (operator?.base.valueType !== 'String') continue;
    const like = operator.base.name.endsWith('Like');
    const ignoreCase = operator.base.name.endsWith('IgnoreCase');
    const key = entry.key.value;
    let problems: { value: Located<string>; problem: string; hint: string }[];
    // The catalog's entry for the KMS key id: the key as written, in any case.
    if (info?.name === KMS_KEY_ID) {
      problems = entry.values.flatMap((value) => {
        const found = kmsArnProblem(value.value, like);
        return found ? [{ value, ...found }] : [];
      });
    } else {
      const sent = keyValues(key);
      if (!sent) continue;
      problems = entry.values.flatMap((value) => {
        if (canMatch(value.value, sent, { like, ignoreCase })) return [];
        const guess = closestName(value.value, sent);
        return [
          {
            value,
            problem: `"${value.value}" is a value S3 never sends for ${key} (it sends ${list(sent)})`,
            hint: guess ? ` Did you mean "${guess}"?` : '',
          },
        ];
      });
    }
    const all = problems.length === entry.values.length;
    const then = consequence(entry, operator.base.negated, statement.effect.value, all);
    for (const { value, problem, hint } of problems) warnAt(ctx, value, `${problem}, ${then}.${hint}`);
  }
};

function warnAt(ctx: CheckContext, value: Located<string>, message: string) {
  ctx.sink.addAt(
    { severity: 'warning', code: 'value-never-sent', message, rank: [Phase.Advice] },
    value.range,
  );
}
