import { buildS3RequestContext, type S3ContextInput } from '../context/build-s3-context.ts';
import { evaluatePolicy } from '../evaluate/evaluate-policy.ts';
import { parsePolicy } from '../parse/index.ts';

/**
 * The benchmark cases: each prepares its inputs once (outside the timed loop) and returns the
 * function to time. Add a case by appending to BENCH_CASES.
 */
export interface BenchCase {
  name: string;
  description: string;
  prepare(): () => unknown;
}

/** The standard policy: deny unencrypted uploads and plain HTTP (S3 User Guide examples). */
export const DENY_UNENCRYPTED_AND_HTTP = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyIncorrectEncryptionHeader',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::test-bucket/*',
      Condition: {
        StringNotEquals: { 's3:x-amz-server-side-encryption': ['AES256', 'aws:kms', 'aws:kms:dsse'] },
      },
    },
    {
      Sid: 'DenyUnEncryptedObjectUploads',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::test-bucket/*',
      Condition: { Null: { 's3:x-amz-server-side-encryption': 'true' } },
    },
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
});

const PUT: S3ContextInput = {
  operation: 'PutObject',
  bucket: 'test-bucket',
  key: 'reports/2026/q1.csv',
  headers: { 'x-amz-server-side-encryption': 'AES256' },
  https: true,
  tlsVersion: '1.3',
  signature: 'SigV4',
  principal: 'arn:aws:iam::111122223333:user/alice',
  sourceIp: '203.0.113.10',
  nowMs: Date.UTC(2026, 0, 1),
  bucketAccount: '111122223333',
};

function policyEvaluation(input: S3ContextInput): () => unknown {
  const { policy } = parsePolicy(DENY_UNENCRYPTED_AND_HTTP, {
    bucket: 'test-bucket',
    account: '111122223333',
  });
  if (!policy) throw new Error('the benchmark policy does not parse');
  const context = buildS3RequestContext(input);
  return () => evaluatePolicy(policy, context, { kind: 'resource' }).decision;
}

export const STANDARD_CASE = 'policy-eval/deny-unencrypted-and-http';

export const BENCH_CASES: BenchCase[] = [
  {
    name: STANDARD_CASE,
    description:
      'deny-unencrypted-and-HTTP policy, PutObject with AES256 over HTTPS (every statement evaluated)',
    prepare: () => policyEvaluation(PUT),
  },
  {
    name: 'policy-eval/deny-unencrypted-and-http-no-header',
    description: 'the same policy, PutObject without the SSE header (explicit deny)',
    prepare: () => policyEvaluation({ ...PUT, headers: {} }),
  },
  {
    name: 'context/build-s3-put-object',
    description: 'building the PutObject request context',
    prepare: () => () => buildS3RequestContext(PUT),
  },
];
