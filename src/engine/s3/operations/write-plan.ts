/**
 * Stage 6 for writes: the request's SSE headers decide, else the bucket default (spec §1.1). The
 * trace names which, in CloudTrail's SSEApplied words. `aws:kms` without a key id means the AWS
 * managed key `aws/s3` even when the bucket default names another key (MODEL PutObject
 * SSEKMSKeyId); the bucket-key header overrides BucketKeyEnabled either way (spec §2.9).
 */
import type { JsonObject } from '../../types.ts';
import { defaultEncryption } from '../../world/bucket-defaults.ts';
import type { BucketState } from '../../world/types.ts';
import type { Exchange, WritePlan } from '../pipeline/exchange.ts';
import { step } from '../pipeline/exchange.ts';

export function planWrite(x: Exchange, bucket: BucketState): WritePlan {
  if (x.customerKey) return { mode: 'SSE-C', customer: x.customerKey, applied: 'SSE_C' };
  const fallback = defaultEncryption(bucket);
  const sse = x.writeSse ?? {};
  const algorithm = sse.algorithm ?? fallback.algorithm;
  const fromHeader = sse.algorithm !== undefined;
  if (algorithm === 'AES256') return { mode: 'SSE-S3', applied: fromHeader ? 'SSE_S3' : 'Default_SSE_S3' };
  const keyId = fromHeader ? sse.kmsKeyId : fallback.kmsKeyId;
  const bucketKey = algorithm === 'aws:kms' && (sse.bucketKey ?? fallback.bucketKey);
  return {
    mode: algorithm === 'aws:kms' ? 'SSE-KMS' : 'DSSE-KMS',
    ...(keyId ? { keyId } : {}),
    bucketKey,
    context: sse.context?.pairs ?? {},
    ...(sse.context ? { contextHeader: sse.context.header } : {}),
    applied: fromHeader ? 'SSE_KMS' : 'Default_SSE_KMS',
  };
}

export function recordWritePlan(
  x: Exchange,
  plan: WritePlan,
  bucket: BucketState,
  extra: JsonObject = {},
): void {
  const fromDefault = plan.applied.startsWith('Default_');
  const data: JsonObject = { mode: plan.mode, sseApplied: plan.applied, ...extra };
  if (plan.mode === 'SSE-KMS' || plan.mode === 'DSSE-KMS') {
    data.kmsKey = plan.keyId ?? 'aws/s3';
    data.bucketKey = plan.bucketKey;
    if (plan.contextHeader) data.encryptionContext = plan.context;
  }
  if (plan.mode === 'SSE-C') data.customerKeyMd5 = plan.customer.keyMd5;
  const source = fromDefault
    ? `The request named no encryption, so bucket ${bucket.name}'s default applies${bucket.encryption ? '' : ' (SSE-S3, as for every bucket since January 2023)'}.`
    : 'The request headers chose the encryption; they take precedence over the bucket default.';
  step(x, 'encryption-choice', 'pass', `${plan.mode} (${plan.applied})`, source, data);
}
