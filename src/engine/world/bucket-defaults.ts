/**
 * A bucket's default encryption as S3 applies it (spec §1.1, §1.2): the configured rule, or SSE-S3
 * when none was ever configured or after DeleteBucketEncryption.
 */
import type { EncryptionRule, SseAlgorithm } from '../types.ts';
import type { BucketState } from './types.ts';

export interface DefaultEncryption {
  algorithm: SseAlgorithm;
  kmsKeyId?: string;
  bucketKey: boolean;
}

export function defaultEncryption(bucket: BucketState): DefaultEncryption {
  const rule: EncryptionRule | undefined = bucket.encryption?.Rules[0];
  const byDefault = rule?.ApplyServerSideEncryptionByDefault;
  return {
    algorithm: byDefault?.SSEAlgorithm ?? 'AES256',
    ...(byDefault?.KMSMasterKeyID ? { kmsKeyId: byDefault.KMSMasterKeyID } : {}),
    bucketKey: rule?.BucketKeyEnabled === true,
  };
}

/** GetBucketEncryption's rule: as configured, with BucketKeyEnabled and the SSE-C block filled in. */
export function reportedRule(bucket: BucketState): EncryptionRule {
  const rule = bucket.encryption?.Rules[0];
  return {
    ApplyServerSideEncryptionByDefault: rule?.ApplyServerSideEncryptionByDefault ?? {
      SSEAlgorithm: 'AES256',
    },
    BucketKeyEnabled: rule?.BucketKeyEnabled === true,
    BlockedEncryptionTypes: { EncryptionType: [bucket.sseCBlocked ? 'SSE-C' : 'NONE'] },
  };
}
