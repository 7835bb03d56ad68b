/**
 * The bucket panel's form and the AWS CLI inputs it becomes (`put-bucket-encryption`,
 * `put-public-access-block`, `put-bucket-versioning`), and the set-up that rebuilds it.
 */
import type {
  EncryptionConfiguration,
  EncryptionRule,
  PublicAccessBlockConfiguration,
  Setup,
  SseAlgorithm,
} from '../engine/index.ts';

export interface BucketForm {
  algorithm: SseAlgorithm;
  /** Empty: the AWS managed key aws/s3. */
  kmsKeyId: string;
  bucketKey: boolean;
  /** Blocks SSE-C writes (on for buckets created since April 2026, spec §1.3). */
  sseCBlocked: boolean;
  versioning: 'Never enabled' | 'Enabled' | 'Suspended';
  publicAccessBlock: PublicAccessBlockConfiguration;
}

export const DEFAULT_BUCKET_FORM: BucketForm = {
  algorithm: 'AES256',
  kmsKeyId: '',
  bucketKey: false,
  sseCBlocked: true,
  versioning: 'Never enabled',
  publicAccessBlock: {
    BlockPublicAcls: true,
    IgnorePublicAcls: true,
    BlockPublicPolicy: true,
    RestrictPublicBuckets: true,
  },
};

export function encryptionConfiguration(form: BucketForm): EncryptionConfiguration {
  const rule: EncryptionRule = {
    ApplyServerSideEncryptionByDefault:
      form.algorithm !== 'AES256' && form.kmsKeyId.trim() !== ''
        ? { SSEAlgorithm: form.algorithm, KMSMasterKeyID: form.kmsKeyId.trim() }
        : { SSEAlgorithm: form.algorithm },
    BlockedEncryptionTypes: { EncryptionType: form.sseCBlocked ? ['SSE-C'] : ['NONE'] },
  };
  if (form.algorithm === 'aws:kms') rule.BucketKeyEnabled = form.bucketKey;
  return { Rules: [rule] };
}

/** The form a set-up describes (absent parts are S3's defaults for a new bucket). */
export function formFromSetup(setup: Setup): BucketForm {
  const rule = setup.bucketEncryption?.Rules[0];
  const sse = rule?.ApplyServerSideEncryptionByDefault;
  const blocked = rule?.BlockedEncryptionTypes?.EncryptionType;
  return {
    algorithm: sse?.SSEAlgorithm ?? 'AES256',
    kmsKeyId: sse?.KMSMasterKeyID ?? '',
    bucketKey: rule?.BucketKeyEnabled ?? false,
    sseCBlocked: blocked ? blocked.includes('SSE-C') : true,
    versioning: setup.versioning ?? 'Never enabled',
    publicAccessBlock: setup.publicAccessBlock ?? DEFAULT_BUCKET_FORM.publicAccessBlock,
  };
}
