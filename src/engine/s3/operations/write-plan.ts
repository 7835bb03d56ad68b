/**
 * Stage 6 for writes: the request's SSE headers decide, else the bucket default (spec §1.1). The
 * trace names which, in CloudTrail's SSEApplied words. `aws:kms` without a key id means the AWS
 * managed key `aws/s3` even when the bucket default names another key (MODEL PutObject
 * SSEKMSKeyId); the bucket-key header overrides BucketKeyEnabled either way (spec §2.9).
 */
import type { EncryptionChoiceData } from '../../trace/index.ts';
import { defaultEncryption } from '../../world/bucket-defaults.ts';
import type { BucketState } from '../../world/types.ts';
import { H } from '../header-bag.ts';
import type { Exchange, WritePlan } from '../pipeline/exchange.ts';
import type { ChoiceRecorder } from '../pipeline/handler.ts';

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
  record: ChoiceRecorder,
  plan: WritePlan,
  bucket: BucketState,
  extra: EncryptionChoiceData = {},
): void {
  const fromDefault = plan.applied.startsWith('Default_');
  const data: EncryptionChoiceData = {
    mode: plan.mode,
    sseApplied: plan.applied,
    chosenBy: chosenBy(x, plan, bucket),
    ...extra,
  };
  if (plan.mode === 'SSE-KMS' || plan.mode === 'DSSE-KMS') {
    data.kmsKey = plan.keyId ?? 'aws/s3';
    data.bucketKey = plan.bucketKey;
    data.bucketKeyFrom = x.writeSse?.bucketKey !== undefined ? `header ${H.bucketKey}` : 'bucket default';
    if (plan.contextHeader) data.encryptionContext = plan.context;
  }
  if (plan.mode === 'SSE-C') data.customerKeyMd5 = plan.customer.keyMd5;
  const source = fromDefault
    ? `The request named no encryption, so bucket ${bucket.name}'s default applies${bucket.encryption ? '' : ' (SSE-S3, as for every bucket since January 2023)'}.`
    : 'The request headers chose the encryption; they take precedence over the bucket default.';
  record.step('pass', `${plan.mode} (${plan.applied})`, source, data);
}

/** The header or the default that decided, in the words a request or configuration uses. */
function chosenBy(x: Exchange, plan: WritePlan, bucket: BucketState): string {
  if (plan.mode === 'SSE-C')
    return 'the SSE-C headers (x-amz-server-side-encryption-customer-algorithm, -key, -key-MD5)';
  if (!plan.applied.startsWith('Default_')) {
    const keyId = x.writeSse?.kmsKeyId;
    const key =
      plan.mode === 'SSE-S3'
        ? ''
        : keyId
          ? `, key from ${H.kmsKeyId}`
          : ', no key id: the AWS managed key aws/s3';
    return `header ${H.sse}: ${x.writeSse?.algorithm}${key}`;
  }
  const rule = bucket.encryption?.Rules[0]?.ApplyServerSideEncryptionByDefault;
  if (!rule) return 'the SSE-S3 default every bucket has (since January 2023)';
  return `bucket default encryption: SSEAlgorithm ${rule.SSEAlgorithm}${rule.KMSMasterKeyID ? `, KMSMasterKeyID ${rule.KMSMasterKeyID}` : ''}`;
}
