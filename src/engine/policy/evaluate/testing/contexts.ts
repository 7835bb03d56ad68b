/** Test support only: request contexts as S3 builds them, with the defaults of the scenario format. */
import { buildS3RequestContext, type S3ContextInput } from '../../context/build-s3-context.ts';
import type { RequestContext } from '../../context/types.ts';

export const OWNER = '111122223333';
export const OTHER = '444455556666';

export function s3Context(overrides: Partial<S3ContextInput> = {}): RequestContext {
  return buildS3RequestContext({
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
  });
}
