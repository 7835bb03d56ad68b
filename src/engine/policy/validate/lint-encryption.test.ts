/**
 * The advice for require-encryption Denies. IAM User Guide, condition operators, "...IfExists":
 * "If the policy key is present in the context of the request, process the key as specified in the
 * policy. If the key is not present, evaluate the condition element as true." A negated operator
 * is true for an absent key too, and `Null: false` is true only when the key is present
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html).
 * S3 evaluates the bucket policy before it applies the default encryption (spec §6.3), so a Deny
 * that is true for an absent header refuses uploads relying on the default; lesson
 * absent-keys-and-negated-operators steps 7 to 10 show each case against the engine.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../parse/index.ts';

const SSE = 's3:x-amz-server-side-encryption';
const policy = (condition: Record<string, unknown>, effect = 'Deny', action = 's3:PutObject') =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: effect,
        Principal: '*',
        Action: action,
        Resource: 'arn:aws:s3:::test-bucket/*',
        Condition: condition,
      },
    ],
  });
const advice = (text: string) =>
  parsePolicy(text, { bucket: 'test-bucket' }).diagnostics.filter(
    (d) => d.code === 'denies-default-encryption',
  );

const NULL_FALSE = '"Null": {"s3:x-amz-server-side-encryption": "false"}';

describe('advice for Denies that refuse uploads relying on the bucket default', () => {
  it.each([
    {
      name: 'StringNotEquals with a list points to Null false, not to IfExists',
      condition: { StringNotEquals: { [SSE]: ['AES256', 'aws:kms'] } },
      says: [NULL_FALSE, 'StringNotEquals is true when the header is absent', 'only when the header is sent'],
    },
    {
      name: 'StringNotEqualsIfExists still denies and says why',
      condition: { StringNotEqualsIfExists: { [SSE]: ['AES256', 'aws:kms'] } },
      says: ['…IfExists makes a condition true for an absent key, so in a Deny it still denies', NULL_FALSE],
    },
    {
      name: 'StringNotLike is negated too',
      condition: { StringNotLike: { [SSE]: 'aws:kms*' } },
      says: ['StringNotLike is true when the header is absent', NULL_FALSE],
    },
    {
      name: 'Null true exists to require the header: the advice is to drop it, not to add Null false to it',
      condition: { Null: { [SSE]: 'true' } },
      says: ['Clients must send the header', 'remove this statement'],
    },
  ])('$name', ({ condition, says }) => {
    const found = advice(policy(condition));
    expect(found).toHaveLength(1);
    for (const phrase of says) expect(found[0]?.message).toContain(phrase);
    expect(found[0]?.message).not.toContain('use StringNotEqualsIfExists');
  });

  it.each([
    {
      name: 'StringNotEquals with Null false in the same block',
      condition: { StringNotEquals: { [SSE]: 'AES256' }, Null: { [SSE]: 'false' } },
    },
    {
      name: 'StringNotEqualsIfExists with Null false in the same block',
      condition: { StringNotEqualsIfExists: { [SSE]: 'AES256' }, Null: { [SSE]: 'false' } },
    },
    { name: 'Null false alone (forbids sending the header)', condition: { Null: { [SSE]: 'false' } } },
    {
      name: 'a plain StringEquals (false for an absent key)',
      condition: { StringEquals: { [SSE]: 'AES256' } },
    },
  ])('no such warning: $name', ({ condition }) => {
    expect(advice(policy(condition))).toEqual([]);
  });

  it('says nothing for an Allow', () => {
    expect(advice(policy({ StringNotEquals: { [SSE]: 'AES256' } }, 'Allow'))).toEqual([]);
  });
});
