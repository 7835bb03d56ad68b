import { describe, expect, it } from 'vitest';
import type { AuthorizationData } from '../../../engine/index.ts';
import { readAuthorization } from './authorization-data.ts';

const range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };

const denied: AuthorizationData = {
  action: 's3:PutObject',
  resource: 'arn:aws:s3:::test-bucket/a.txt',
  principal: 'arn:aws:iam::111122223333:root',
  decision: 'ExplicitDeny',
  decidedBy: 'bucket-policy',
  publicGrantIgnored: false,
  context: { 'aws:SecureTransport': ['false'], 's3:x-amz-server-side-encryption': ['aws:kms'] },
  evaluation: {
    decision: 'ExplicitDeny',
    decidedBy: 'bucket-policy',
    sameAccount: true,
    resourceOnly: false,
    publicGrantIgnored: false,
    summary: 'The bucket policy denies.',
    bucketPolicy: {
      decision: 'ExplicitDeny',
      decidingStatement: 0,
      summary: 'Statement DenyHttp denies.',
      statements: [
        {
          index: 0,
          sid: 'DenyHttp',
          effect: 'Deny',
          applies: true,
          principal: { element: 'Principal', matched: true, matchedValue: '*', reason: 'Everyone' },
          action: { element: 'Action', matched: true, matchedValue: 's3:*', reason: 'matches' },
          resource: { element: 'Resource', matched: true, reason: 'matches' },
          conditions: [
            {
              operator: 'Bool',
              key: 'aws:SecureTransport',
              keyPresent: true,
              contextValues: ['false'],
              policyValues: ['false'],
              matched: true,
              failedClosed: false,
              reason: 'false equals false',
              range,
            },
          ],
          conditionsMatched: true,
          reason: 'applies',
          range,
        },
      ],
    },
  },
};

describe('readAuthorization', () => {
  it.each([
    {
      name: 'the request summary fields are read',
      pick: (v: ReturnType<typeof readAuthorization>) => v.action,
      expected: 's3:PutObject',
    },
    {
      name: 'who decided is kept',
      pick: (v: ReturnType<typeof readAuthorization>) => v.decidedBy,
      expected: 'bucket-policy',
    },
    {
      name: 'the deciding statement index comes from the evaluation',
      pick: (v: ReturnType<typeof readAuthorization>) => v.bucketPolicy?.decidingStatement,
      expected: 0,
    },
    {
      name: "each condition keeps the request's values and the policy's values",
      pick: (v: ReturnType<typeof readAuthorization>) =>
        v.bucketPolicy?.statements[0]?.conditions[0]?.contextValues,
      expected: ['false'],
    },
    {
      name: 'the request context becomes name/values pairs',
      pick: (v: ReturnType<typeof readAuthorization>) => v.context[1],
      expected: ['s3:x-amz-server-side-encryption', ['aws:kms']],
    },
    {
      name: 'an absent identity policy stays absent',
      pick: (v: ReturnType<typeof readAuthorization>) => v.identityPolicy,
      expected: undefined,
    },
  ])('$name', ({ pick, expected }) => {
    expect(pick(readAuthorization(denied))).toEqual(expected);
  });

  it('data without an evaluation (an expected-owner refusal) gives no policies and no context', () => {
    const view = readAuthorization({ expectedBucketOwner: '444455556666', bucketOwner: '111122223333' });
    expect(view.bucketPolicy).toBeUndefined();
    expect(view.context).toEqual([]);
  });
});
