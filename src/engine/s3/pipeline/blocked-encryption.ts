/**
 * Stage 5, blocked encryption types (spec §1.3): a write that specifies SSE-C on a bucket that
 * blocks SSE-C is 403 AccessDenied, even with a correct key. Reads are never blocked. AWS documents
 * the status and code only, so the message is S3's generic "Access Denied".
 */
import { S3Errors } from '../errors.ts';
import type { Exchange, StageVerdict } from './exchange.ts';
import type { StageRecorder } from './recorder.ts';

export function checkBlockedEncryption(
  x: Exchange,
  record: StageRecorder<'blocked-encryption'>,
): StageVerdict {
  const bucket = x.bucket;
  if (!x.traits.writesData || !bucket) {
    record.skip('Not a write', 'Blocked encryption types only apply to writes of object data.');
    return undefined;
  }
  const data = { sseCBlocked: bucket.sseCBlocked, requestUsesSseC: x.customerKey !== undefined };
  if (x.customerKey && bucket.sseCBlocked) {
    return record.fail(
      S3Errors.accessDenied(),
      'SSE-C is blocked on this bucket',
      `SSE-C is blocked on bucket ${bucket.name} by default since April 2026, so S3 refuses this write with a bare 403 even though the key is valid. Existing SSE-C objects can still be read.`,
      'PutBucketEncryption with BlockedEncryptionTypes NONE unblocks it; or write with SSE-S3 or SSE-KMS instead.',
      data,
    );
  }
  const detail = x.customerKey
    ? `Bucket ${bucket.name} allows SSE-C (its BlockedEncryptionTypes is NONE).`
    : 'The write does not use SSE-C, the only type a bucket can block.';
  record.pass('Encryption type allowed', detail, data);
  return undefined;
}
