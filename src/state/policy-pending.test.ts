import { describe, expect, it } from 'vitest';
import type { WorldSnapshot } from '../engine/index.ts';
import { pendingPolicyRequest } from './policy-pending.ts';

const POLICY =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:*","Resource":"arn:aws:s3:::b/*"}]}';
const REORDERED = `{
  "Statement": [{ "Resource": "arn:aws:s3:::b/*", "Action": "s3:*", "Principal": "*", "Effect": "Deny" }],
  "Version": "2012-10-17"
}`;

function snapshotWith(policyText: string | null): WorldSnapshot {
  return { bucket: 'b', buckets: [{ name: 'b', policyText }] } as unknown as WorldSnapshot;
}

const cases = [
  {
    name: 'an edited policy on a bucket without one is put',
    editor: POLICY,
    stored: null,
    expected: 'PutBucketPolicy',
  },
  {
    name: 'the same policy with other spacing and member order is not pending',
    editor: REORDERED,
    stored: POLICY,
    expected: null,
  },
  {
    name: 'a changed policy is put',
    editor: POLICY.replace('Deny', 'Allow'),
    stored: POLICY,
    expected: 'PutBucketPolicy',
  },
  {
    name: 'text that is not JSON is put, so S3 answers MalformedPolicy',
    editor: '{"Version":',
    stored: POLICY,
    expected: 'PutBucketPolicy',
  },
  {
    name: 'an empty editor deletes the stored policy',
    editor: '  \n',
    stored: POLICY,
    expected: 'DeleteBucketPolicy',
  },
  {
    name: 'an empty editor on a bucket without a policy changes nothing',
    editor: '',
    stored: null,
    expected: null,
  },
] as const;

describe('the policy pending in the editor', () => {
  it.each(cases)('$name', ({ editor, stored, expected }) => {
    expect(pendingPolicyRequest(editor, snapshotWith(stored))?.operation ?? null).toBe(expected);
  });

  it('is never pending before the world exists', () => {
    expect(pendingPolicyRequest(POLICY, null)).toBeNull();
  });
});
