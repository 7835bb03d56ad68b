/**
 * The tester's steps: paste what `aws s3api get-bucket-policy --bucket acme-prod-data` printed
 * (the policy as an escaped string), apply it, PutObject as the role it names. In the real account
 * role and bucket share an account, so the bucket policy's Allow is enough (IAM User Guide,
 * "Cross-account policy evaluation logic",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html);
 * S3 refuses a policy naming a role that does not exist (AWS re:Post knowledge center,
 * https://repost.aws/knowledge-center/s3-invalid-principal-in-policy-error).
 */
import { describe, expect, it } from 'vitest';
import {
  realPolicy as basePolicy,
  getBucketPolicyOutput as getBucketPolicy,
  WRITER,
} from './aws-paste/testing/real-policy.ts';
import { readyTestStore } from './testing/test-store.ts';

const realPolicy = (condition?: Record<string, unknown>) => basePolicy([WRITER], condition);

describe('pasting a real get-bucket-policy output', () => {
  it('adopts the account and declares the role, so the role writes as in its own account', async () => {
    const store = await readyTestStore();
    await store.getState().applyPaste(getBucketPolicy(realPolicy()));
    const { pasteReport, setup, policyDiagnostics } = store.getState();
    expect(setup.account).toBe('987654321098');
    expect(setup.principals?.map((p) => p.arn)).toEqual([WRITER]);
    expect(policyDiagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const summary = pasteReport?.summary.join('\n') ?? '';
    expect(summary).toContain('Bucket owner account: 111122223333 → 987654321098');
    expect(summary).toContain(`declared ${WRITER}`);
    expect(summary).toContain('"Apply policy to bucket" puts it in force');
    expect(pasteReport?.refused).toBeUndefined();
    await store.getState().applyPolicy();
    expect(store.getState().policyApply.state).toBe('applied');
    store.getState().setDraft({ operation: 'PutObject', key: 'a.txt', principal: WRITER });
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.status).toBe(200);
  });

  it.each([
    {
      name: 'a misspelled operator',
      condition: { Boool: { 'aws:SecureTransport': 'false' } },
      first: '"Boool" is not a condition operator',
      count: 'It has 1 problem S3 would refuse',
    },
    {
      name: 'a misspelled operator and a misspelled condition key',
      condition: {
        Boool: { 'aws:SecureTransport': 'false' },
        StringEquals: { 's3:x-amz-server-side-encrypton': 'aws:kms' },
      },
      first: '"Boool" is not a condition operator',
      count: 'It has 2 problems S3 would refuse',
    },
  ])(
    'says S3 refuses a policy with $name, not that Apply puts it in force',
    async ({ condition, first, count }) => {
      const store = await readyTestStore();
      await store.getState().applyPaste(getBucketPolicy(realPolicy(condition)));
      const { pasteReport } = store.getState();
      expect(pasteReport?.summary.join('\n')).not.toContain('puts it in force');
      const warning = pasteReport?.refused ?? '';
      expect(warning).toContain(count);
      expect(warning).toContain(first);
    },
  );

  it('keeps the account when requests were sent, so their objects stay, and says how to adopt it', async () => {
    const store = await readyTestStore();
    store.getState().setDraft({ operation: 'PutObject', key: 'kept.txt' });
    await store.getState().send();
    expect(store.getState().lastRun?.outcome.response.status).toBe(200);
    await store.getState().applyPaste(getBucketPolicy(realPolicy()));
    const { pasteReport, setup, snapshot } = store.getState();
    expect(setup.account).toBe('111122223333');
    expect(snapshot?.buckets[0]?.objects.map((o) => o.key)).toEqual(['kept.txt']);
    const summary = pasteReport?.summary.join('\n') ?? '';
    expect(summary).toContain('Cross-account here: account 987654321098');
    expect(summary).toContain('paste it into a fresh workspace ("Reset workspace" first)');
    expect(summary).not.toContain('rebuilt');
  });
});
