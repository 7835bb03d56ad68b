import { type ConditionKeyInfo, key } from './key-types.ts';

/** The writes that carry object-creation headers (SAR lists them for these actions). */
export const OBJECT_WRITE_ACTIONS: readonly string[] = ['s3:PutObject', 's3:BypassGovernanceRetention'];

/**
 * Encryption headers of a write (spec §6.1). S3 sends each key only when the request carries the
 * header: a PUT that relies on the bucket default encryption has no `s3:x-amz-server-side-encryption`.
 */
export const S3_ENCRYPTION_KEYS: readonly ConditionKeyInfo[] = [
  key(
    's3:x-amz-server-side-encryption',
    'String',
    OBJECT_WRITE_ACTIONS,
    'The x-amz-server-side-encryption header: AES256, aws:kms or aws:kms:dsse. Absent when the header is absent, even if the bucket default will encrypt.',
  ),
  key(
    's3:x-amz-server-side-encryption-aws-kms-key-id',
    'ARN',
    OBJECT_WRITE_ACTIONS,
    'The KMS key of an SSE-KMS/DSSE-KMS write; write the policy value as a key ARN (arn:aws:kms:region:account:key/id).',
  ),
  key(
    's3:x-amz-server-side-encryption-customer-algorithm',
    'String',
    OBJECT_WRITE_ACTIONS,
    'The SSE-C algorithm header (AES256); absent unless the request uses a customer-provided key.',
  ),
];
