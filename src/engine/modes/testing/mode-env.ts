/** Test support only: a ModeEnv over the KMS fixture, for bucket `test-bucket`. */
import { AES_KEY_BYTES, importAesKey } from '../../crypto/aes-gcm.ts';
import { type FixtureOptions, kmsFixture, ROOT } from '../../kms/testing/kms-fixture.ts';
import { createBucketKeyCache } from '../bucket-key-cache.ts';
import type { ModeEnv } from '../types.ts';

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
