/** Test support only: a ModeEnv over the KMS fixture, for bucket `test-bucket`. */
import { AES_KEY_BYTES, importAesKey } from '../../crypto/aes-gcm.ts';
import { type Bytes, concatBytes } from '../../crypto/bytes.ts';
import { type FixtureOptions, kmsFixture, ROOT } from '../../kms/testing/kms-fixture.ts';
import { ok, type Result } from '../../result.ts';
import { createBucketKeyCache } from '../bucket-key-cache.ts';
import { decryptBytes } from '../layers.ts';
import type { ModeEnv, ModeError, SegmentPlace, StoredCiphertext } from '../types.ts';

export const BUCKET_ARN = 'arn:aws:s3:::test-bucket';
export const objectArn = (key: string) => `${BUCKET_ARN}/${key}`;

export async function modeEnvFixture(options: FixtureOptions = {}) {
  const { kms, deps } = await kmsFixture(options);
  const env: ModeEnv = {
    kms,
    deps,
    s3RootKey: await importAesKey(deps.randomBytes(AES_KEY_BYTES)),
    bucketArn: BUCKET_ARN,
    objectArn: objectArn('k'),
    principalArn: ROOT,
    sourceIp: '203.0.113.9',
    bucketKeys: createBucketKeyCache(),
  };
  return { env, kms, deps };
}

/** The place the mode tests store their one-part objects at. */
export const PLACE: SegmentPlace = { bucket: 'test-bucket', key: 'k', objectId: 'null', partNumber: 1 };

/** One part's segments, decrypted and joined (what a whole-object read returns). */
export async function openPart(
  keys: CryptoKey[],
  segments: StoredCiphertext[],
  place: SegmentPlace = PLACE,
): Promise<Result<Bytes, ModeError>> {
  const chunks: Bytes[] = [];
  const opened = await decryptBytes(keys, segments, place, undefined, (chunk) => chunks.push(chunk));
  return opened.ok ? ok(concatBytes(...chunks)) : opened;
}
