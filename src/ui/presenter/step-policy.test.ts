import { describe, expect, it } from 'vitest';
import type { Step } from '../../engine/index.ts';
import { stepPolicy } from './step-policy.ts';

const POLICY = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*' }] };
const PRETTY = JSON.stringify(POLICY, null, 2);

describe('the policy a lesson step applies, as presenter mode shows it', () => {
  it.each<{ name: string; request: Step['request']; shown: { label: string; text: string } | undefined }>([
    {
      name: 'a PutBucketPolicy written as JSON shows it pretty-printed',
      request: { operation: 'PutBucketPolicy', body: POLICY },
      shown: { label: 'Bucket policy this step applies', text: PRETTY },
    },
    {
      name: 'a PutBucketPolicy written as a string of JSON shows it pretty-printed',
      request: { operation: 'PutBucketPolicy', body: JSON.stringify(POLICY) },
      shown: { label: 'Bucket policy this step applies', text: PRETTY },
    },
    {
      name: 'a malformed policy (a lesson about MalformedPolicy) shows as written',
      request: { operation: 'PutBucketPolicy', body: '{"Version": "2012-10-17",' },
      shown: { label: 'Bucket policy this step applies', text: '{"Version": "2012-10-17",' },
    },
    {
      name: 'a key policy shows the Policy of kms:PutKeyPolicy, not its KeyId',
      request: { operation: 'kms:PutKeyPolicy', body: { KeyId: 'k-1', Policy: POLICY } },
      shown: { label: 'Key policy this step applies', text: PRETTY },
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
