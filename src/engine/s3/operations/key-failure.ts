/**
 * Why a stored key did not open, and what would (spec §4.4): a wrong SSE-C key fails the salted
 * HMAC comparison before any decryption (403); bytes that fail their GCM tag were changed after
 * they were written (500). The customer key itself is never recorded, only MD5s and the verdict.
 */
import type { StoredKeyMaterial } from '../../modes/types.ts';
import type { JsonObject } from '../../types.ts';
import type { CustomerKey } from '../customer-key.ts';
import type { S3Failure } from '../failure.ts';
import type { CryptoRecorder } from '../pipeline/handler.ts';

export function failKeyOpening(
  record: CryptoRecorder,
  failure: S3Failure,
  title: string,
  stored: StoredKeyMaterial | undefined,
  sent?: CustomerKey,
): S3Failure {
  if (stored?.mode === 'SSE-C' && failure.status === 403) {
    const data: JsonObject = {
      hmacMatch: false,
      storedKeyMd5: stored.keyMd5,
      ...(sent ? { sentKeyMd5: sent.keyMd5 } : {}),
    };
    return record.fail(
      failure,
      title,
      'S3 computed the salted HMAC-SHA-256 of the key sent and compared it with the one stored with the object: they did not match, so S3 refused before trying to decrypt. S3 never stored the key itself.',
      `Send the key whose MD5 is ${stored.keyMd5}, the one the object was written with.`,
      data,
    );
  }
  if (failure.status === 500) {
    return record.fail(
      failure,
      title,
      'AES-256-GCM authentication failed: the stored bytes, IV, tag or wrapped key were changed after S3 wrote them, so S3 returns no data rather than wrong data.',
      'Write the object again; bytes that fail their tag cannot be recovered.',
      { tagVerified: false },
    );
  }
  return record.fail(
    failure,
    title,
    `S3 could not make or open the data key (${failure.message}).`,
    'Check the key headers against the encryption the object or upload was written with.',
  );
}
