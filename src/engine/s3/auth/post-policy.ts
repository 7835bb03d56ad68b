/**
 * A browser POST upload's policy (https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html):
 * it must not have expired, every condition must hold for the form, and every form field (except
 * `x-amz-signature`, `file`, `policy` and `x-ignore-*`) must be named by a condition. The form
 * fields are the request's headers, plus `key`; `bucket` is the request's bucket. S3 answers 403
 * AccessDenied "Invalid according to Policy: ..." with the failed condition written as AWS writes
 * it (LocalStack's presigned-POST checks, validated against AWS: `Policy expired.`,
 * `Policy Condition failed: ["eq", "$key", "..."]`, `Extra input fields: ...`).
 */
import { isJsonObject } from '../../json.ts';
import type { JsonValue } from '../../types.ts';
import { failure, type S3Failure } from '../failure.ts';
import { type Exchange, type StageVerdict, touches } from '../pipeline/exchange.ts';
import type { StageRecorder } from '../pipeline/recorder.ts';

const EXEMPT = new Set(['x-amz-signature', 'file', 'policy']);

/** A condition as S3 quotes it: `["eq", "$key", "a"]`, `{"bucket": "b"}` (JSON with a space after separators). */
export function quoteCondition(condition: JsonValue): string {
  if (Array.isArray(condition)) return `[${condition.map(quoteCondition).join(', ')}]`;
  if (isJsonObject(condition))
    return `{${Object.entries(condition)
      .map(([name, value]) => `${JSON.stringify(name)}: ${quoteCondition(value)}`)
      .join(', ')}}`;
  return JSON.stringify(condition);
}

const denied = (detail: string) => failure(403, 'AccessDenied', `Invalid according to Policy: ${detail}`);

interface Form {
  fields: Map<string, string>;
  size: number;
}

function formOf(x: Exchange): Form {
  const fields = new Map<string, string>();
  for (const [name, value] of Object.entries(x.request.headers)) fields.set(name.toLowerCase(), value);
  fields.set('key', x.request.key ?? '');
  const body = x.request.body;
  return { fields, size: body instanceof Uint8Array ? body.length : 0 };
}

/** The form value a condition names: `$bucket` is the request's bucket, the rest are form fields. */
function formValue(x: Exchange, form: Form, name: string): string | undefined {
  const field = name.replace(/^\$/, '').toLowerCase();
  return field === 'bucket' ? x.request.bucket : form.fields.get(field);
}

type ConditionResult = { holds: true; names: string[] } | { holds: false; failure: S3Failure };

function evaluate(x: Exchange, form: Form, condition: JsonValue): ConditionResult {
  const failed = {
    holds: false as const,
    failure: denied(`Policy Condition failed: ${quoteCondition(condition)}`),
  };
  if (isJsonObject(condition)) {
    const names = Object.keys(condition);
    const holds = names.every((name) => formValue(x, form, name) === String(condition[name]));
    return holds ? { holds, names } : failed;
  }
  if (!Array.isArray(condition)) return failed;
  const [operator, first, second] = condition;
  if (operator === 'content-length-range') {
    const min = Number(first);
    const max = Number(second);
    if (form.size < min)
      return {
        holds: false,
        failure: failure(
          400,
          'EntityTooSmall',
          'Your proposed upload is smaller than the minimum allowed size',
          {
            ProposedSize: String(form.size),
            MinSizeAllowed: String(min),
          },
        ),
      };
    if (form.size > max)
      return {
        holds: false,
        failure: failure(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', {
          ProposedSize: String(form.size),
          MaxSizeAllowed: String(max),
        }),
      };
    return { holds: true, names: [] };
  }
  if (typeof first !== 'string') return failed;
  const actual = formValue(x, form, first);
  const expected = String(second ?? '');
  const name = first.replace(/^\$/, '').toLowerCase();
  if (operator === 'eq') return actual === expected ? { holds: true, names: [name] } : failed;
  if (operator === 'starts-with')
    return actual?.startsWith(expected) ? { holds: true, names: [name] } : failed;
  return failed;
}

export function checkPostPolicy(x: Exchange, record: StageRecorder<'transport'>): StageVerdict {
  touches(x, 'signatures-not-computed');
  touches(x, 'post-policy-subset');
  const policy = x.request.postPolicy ?? {};
  const expiration = typeof policy.expiration === 'string' ? Date.parse(policy.expiration) : Number.NaN;
  const conditions = Array.isArray(policy.conditions) ? policy.conditions : undefined;
  if (Number.isNaN(expiration) || conditions === undefined) {
    return record.fail(
      failure(400, 'InvalidPolicyDocument', 'Invalid Policy: Invalid JSON.'),
      'POST policy is not a policy',
      'A POST policy needs an "expiration" (an ISO 8601 date) and a "conditions" list.',
      'Give the policy both, e.g. {"expiration": "2030-01-01T00:00:00Z", "conditions": [{"bucket": "test-bucket"}]}.',
    );
  }
  if (x.nowMs > expiration) {
    return record.fail(
      denied('Policy expired.'),
      'POST policy expired',
      `The policy expired at ${String(policy.expiration)}; S3 accepts the form only before then.`,
      'Sign a new POST policy with a later expiration.',
      { expiration: String(policy.expiration) },
    );
  }
  const form = formOf(x);
  const named = new Set<string>();
  for (const condition of conditions) {
    const result = evaluate(x, form, condition);
    if (!result.holds) {
      return record.fail(
        result.failure,
        'POST policy condition failed',
        `The form does not meet the condition ${quoteCondition(condition)} of its signed policy.`,
        'Change the form field to what the policy allows, or sign a policy that allows it.',
        { condition },
      );
    }
    for (const name of result.names) named.add(name);
  }
  const extra = [...form.fields.keys()].filter(
    (name) => !EXEMPT.has(name) && !name.startsWith('x-ignore-') && !named.has(name),
  );
  if (extra.length > 0) {
    return record.fail(
      denied(`Extra input fields: ${extra.join(', ')}`),
      'Form field not in the POST policy',
      `Every form field must be named by a condition of the policy; ${extra.join(', ')} is not.`,
      `Add a condition for ${extra.join(', ')} to the policy, or leave the field out of the form.`,
      { extra },
    );
  }
  return undefined;
}

/** The status of a successful POST: `success_action_status` 200 or 201, else 204. */
export function postSuccessStatus(x: Exchange): number {
  const wanted = Object.entries(x.request.headers).find(
    ([name]) => name.toLowerCase() === 'success_action_status',
  )?.[1];
  return wanted === '200' || wanted === '201' ? Number(wanted) : 204;
}
