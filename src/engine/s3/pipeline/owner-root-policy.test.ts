/**
 * S3 API reference, PutBucketPolicy (and GetBucketPolicy, DeleteBucketPolicy): "To ensure that
 * bucket owners don't inadvertently lock themselves out of their own buckets, the root principal in
 * a bucket owner's Amazon Web Services account can perform the GetBucketPolicy, PutBucketPolicy,
 * and DeleteBucketPolicy API actions, even if their bucket policy explicitly denies the root
 * principal's access." Through the whole pipeline: the answer, and the trace that says why.
 */
import { describe, expect, it } from 'vitest';
import type { JsonObject, RequestInput } from '../../types.ts';
import { makeWorld } from '../testing/world-fixture.ts';

const denyAll: JsonObject = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'DenyAll',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'],
    },
  ],
};

describe("the owner's root under a policy that denies it everything", () => {
  it.each([
    { request: { operation: 'GetBucketPolicy' }, status: 200 },
    { request: { operation: 'PutBucketPolicy', body: denyAll }, status: 204 },
    { request: { operation: 'DeleteBucketPolicy' }, status: 204 },
    { request: { operation: 'GetBucketEncryption' }, status: 403 },
    { request: { operation: 'PutObject', key: 'k', body: 'x' }, status: 403 },
  ] as { request: RequestInput; status: number }[])(
    '$request.operation → $status',
    async ({ request, status }) => {
      const world = await makeWorld({ policy: denyAll });
      const { response, trace } = await world.send(request);
      expect(response.status).toBe(status);
      const step = trace.find((s) => s.stage === 'authorization');
      if (status < 300) {
        expect(step?.title).toBe("Allowed: the owner's root keeps its bucket policy");
        expect(step?.detail).toContain('"DenyAll" (Statement[0]) of the bucket policy denies');
        expect(step?.detail).toContain('so that owners cannot lock themselves out');
      } else {
        expect(step?.outcome).toBe('fail');
      }
    },
  );
});
