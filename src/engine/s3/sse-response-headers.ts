/**
 * The SSE response headers per mode (spec §8): the KMS key always as its full ARN, the bucket-key
 * header only when a bucket key is in use, SSE-C headers instead of x-amz-server-side-encryption,
 * and the context header only when the writer supplied one.
 */
import type { StoredKeyMaterial } from '../modes/types.ts';
import { H } from './header-bag.ts';

export function sseResponseHeaders(
  stored: StoredKeyMaterial | undefined,
  contextHeader?: string,
): Record<string, string> {
  if (!stored) return {};
  switch (stored.mode) {
    case 'SSE-S3':
      return { [H.sse]: 'AES256' };
    case 'SSE-KMS':
      return {
        [H.sse]: 'aws:kms',
        [H.kmsKeyId]: stored.keyArn,
        ...(stored.bucketKey ? { [H.bucketKey]: 'true' } : {}),
        ...(contextHeader ? { [H.context]: contextHeader } : {}),
      };
    case 'DSSE-KMS':
      return {
        [H.sse]: 'aws:kms:dsse',
        [H.kmsKeyId]: stored.keyArn,
        ...(contextHeader ? { [H.context]: contextHeader } : {}),
      };
    case 'SSE-C':
      return { [H.customerAlgorithm]: 'AES256', [H.customerKeyMd5]: stored.keyMd5 };
  }
}
