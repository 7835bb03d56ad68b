import { describe, expect, it } from 'vitest';
import type { Scenario, Step } from '../../engine/index.ts';
import { lessonById } from '../../scenarios/index.ts';
import {
  identityPolicyShown,
  policyInForce,
  type ShownPolicy,
  shownPolicy,
  stepPolicy,
} from './step-policy.ts';

const POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*' }] };
const OTHER = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject' }],
};

describe('the policy a lesson step applies, as presenter mode shows it', () => {
  it.each<{ name: string; request: Step['request']; shown: ShownPolicy | undefined }>([
    {
      name: 'a PutBucketPolicy written as JSON shows it',
      request: { operation: 'PutBucketPolicy', body: POLICY },
      shown: { label: 'Bucket policy this step applies', policy: POLICY, inForce: false },
    },
    {
      name: 'a PutBucketPolicy written as a string shows the string (printed later)',
      request: { operation: 'PutBucketPolicy', body: JSON.stringify(POLICY) },
      shown: { label: 'Bucket policy this step applies', policy: JSON.stringify(POLICY), inForce: false },
    },
    {
      name: 'a key policy shows the Policy of kms:PutKeyPolicy, not its KeyId',
      request: { operation: 'kms:PutKeyPolicy', body: { KeyId: 'k-1', Policy: POLICY } },
      shown: { label: 'Key policy this step applies', policy: POLICY, inForce: false },
    },
    {
      name: 'a body given as base64 bytes shows nothing',
      request: { operation: 'PutBucketPolicy', body: { base64: 'e30=' } },
      shown: undefined,
    },
    {
      name: 'a step that applies no policy shows nothing',
      request: { operation: 'GetObject', key: 'a' },
      shown: undefined,
    },
  ])('$name', ({ request, shown }) => {
    expect(stepPolicy(request)).toEqual(shown);
  });
});

const get: Step = { request: { operation: 'GetObject', key: 'a' }, expect: { status: 200 } };
const put = (body: unknown, status = 204): Step => ({
  request: { operation: 'PutBucketPolicy', body: body as Step['request']['body'] },
  expect: { status },
});
const scenario = (steps: Step[], setup: Scenario['setup'] = { policy: POLICY }): Scenario => ({
  id: 'l',
  title: 'l',
  setup,
  steps,
});

describe('the bucket policy in force when a lesson step is sent', () => {
  it.each<{ name: string; lesson: Scenario; index: number; policy: unknown }>([
    { name: 'the first step meets the set-up policy', lesson: scenario([get]), index: 0, policy: POLICY },
    { name: 'a lesson without one has none', lesson: scenario([get], {}), index: 0, policy: undefined },
    {
      name: 'after a PutBucketPolicy S3 accepts, its policy',
      lesson: scenario([put(OTHER), get]),
      index: 1,
      policy: OTHER,
    },
    {
      name: 'a PutBucketPolicy the lesson expects refused (400 MalformedPolicy) leaves the one before',
      lesson: scenario([put('{"Version": ', 400), get]),
      index: 1,
      policy: POLICY,
    },
    {
      name: 'after a DeleteBucketPolicy, none',
      lesson: scenario([{ request: { operation: 'DeleteBucketPolicy' }, expect: { status: 204 } }, get]),
      index: 1,
      policy: undefined,
    },
    {
      name: 'a PutBucketPolicy after the step does not count yet',
      lesson: scenario([get, put(OTHER)]),
      index: 0,
      policy: POLICY,
    },
    {
      name: 'a request to another bucket meets none of the lesson bucket’s policy',
      lesson: scenario([{ request: { operation: 'GetObject', key: 'a', bucket: 'logs' } }]),
      index: 0,
      policy: undefined,
    },
    {
      name: 'a PutBucketPolicy to another bucket does not change the lesson bucket’s',
      lesson: scenario([{ request: { operation: 'PutBucketPolicy', bucket: 'logs', body: OTHER } }, get]),
      index: 1,
      policy: POLICY,
    },
    {
      name: 'a KMS request meets no bucket policy',
      lesson: scenario([{ request: { operation: 'kms:DisableKey', body: { KeyId: 'k' } } }]),
      index: 0,
      policy: undefined,
    },
  ])('$name', ({ lesson, index, policy }) => {
    expect(policyInForce(lesson, index)).toEqual(policy);
  });
});

describe('what presenter mode shows beside a shipped lesson’s step', () => {
  const lesson = (id: string) => {
    const found = lessonById(id)?.scenario;
    if (!found) throw new Error(`${id} is shipped`);
    return found;
  };
  it.each<{ name: string; id: string; index: number; hides: boolean; label?: string; sid?: string }>([
    {
      name: 'default encryption step 2 shows the set-up policy whose Null condition denies it',
      id: 'default-encryption-vs-require-header-policy',
      index: 1,
      hides: false,
      label: 'Bucket policy in force',
      sid: 'DenyUploadsWithoutTheEncryptionHeader',
    },
    {
      name: 'absent keys step 1 shows the set-up policy with RequireSSEKMS',
      id: 'absent-keys-and-negated-operators',
      index: 0,
      hides: false,
      label: 'Bucket policy in force',
      sid: 'RequireSSEKMS',
    },
    {
      name: 'absent keys step 4 shows the policy step 3 applied',
      id: 'absent-keys-and-negated-operators',
      index: 3,
      hides: false,
      label: 'Bucket policy in force',
      sid: 'RequireSSES3OrSSEKMS',
    },
    {
      name: 'a step that applies a policy shows that policy',
      id: 'absent-keys-and-negated-operators',
      index: 2,
      hides: false,
      label: 'Bucket policy this step applies',
      sid: 'RequireSSES3OrSSEKMS',
    },
    {
      name: 'a challenge that hides its policy does not give the answer away',
      id: 'challenge-https-only',
      index: 0,
      hides: true,
    },
  ])('$name', ({ id, index, hides, label, sid }) => {
    const shown = shownPolicy(lesson(id), index, hides);
    expect(shown?.label).toBe(label);
    if (sid) expect(JSON.stringify(shown?.policy)).toContain(`"Sid":"${sid}"`);
  });
});

describe('the identity policy shown when it decided a step', () => {
  const lesson = lessonById('multipart-sse-kms-needs-decrypt')?.scenario;
  const declared = (arn: string) => lesson?.setup?.principals?.find((p) => p.arn === arn)?.policy;
  it.each([
    {
      name: 'a step sent by a declared role shows that role identity policy, named by its last part',
      index: 0,
      label: 'Identity policy of role/uploader-without-decrypt',
      arn: 'arn:aws:iam::111122223333:role/uploader-without-decrypt',
    },
    {
      name: 'another role shows its own',
      index: 2,
      label: 'Identity policy of role/uploader',
      arn: 'arn:aws:iam::111122223333:role/uploader',
    },
  ])('$name', ({ index, label, arn }) => {
    if (!lesson) throw new Error('the lesson is missing');
    expect(identityPolicyShown(lesson, index)).toEqual({ label, policy: declared(arn), inForce: true });
  });

  it('a step sent by the account (no principal named) shows none', () => {
    if (!lesson) throw new Error('the lesson is missing');
    expect(identityPolicyShown(lesson, 5)).toBeUndefined();
  });
});
