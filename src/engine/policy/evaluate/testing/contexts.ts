/** Test support only: request contexts as S3 builds them, with the defaults of the scenario format. */
import { buildS3RequestContext, type S3ContextInput } from '../../context/build-s3-context.ts';
import type { RequestContext } from '../../context/types.ts';
import type { StatementJson } from './policy-from-json.ts';

export const OWNER = '111122223333';
export const OTHER = '444455556666';
export const USER = `arn:aws:iam::${OWNER}:user/alice`;
export const SESSION = `arn:aws:sts::${OWNER}:assumed-role/app/job-1`;

/** A PutObject by the owner account's root over HTTPS, with these fields changed. */
export function s3ContextInput(overrides: Partial<S3ContextInput> = {}): S3ContextInput {
  return {
    operation: 'PutObject',
    bucket: 'test-bucket',
    key: 'k',
    headers: {},
    https: true,
    signature: 'SigV4',
    principal: `arn:aws:iam::${OWNER}:root`,
    sourceIp: '203.0.113.10',
    nowMs: Date.UTC(2026, 0, 1),
    bucketAccount: OWNER,
    ...overrides,
  };
}

export const s3Context = (overrides: Partial<S3ContextInput> = {}): RequestContext =>
  buildS3RequestContext(s3ContextInput(overrides));

/** The values a context holds for a key (names are case-insensitive), or undefined when absent. */
export const contextValues = (context: RequestContext, key: string) =>
  context.keys[key.toLowerCase()]?.values;

/** An Allow of s3:GetObject on the bucket's objects to everyone, with these fields changed. */
export const allowStatement = (extra: Partial<StatementJson>): StatementJson => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::test-bucket/*',
  ...extra,
});

/** A GetObject of alice's home object, with these fields changed. */
export const getRequest = (r: Partial<S3ContextInput> = {}) => ({
  operation: 'GetObject' as const,
  key: 'home/alice/a.txt',
  ...r,
});
