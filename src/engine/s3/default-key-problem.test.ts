/**
 * A bucket default's KMS key, checked when it is set instead of at the next upload. S3 accepts any
 * key in PutBucketEncryption (spec §1.2: "S3 does not validate the KMS key ID in
 * PutBucketEncryption ... A bad key only fails later, at PUT time"); the snapshot's
 * `defaultKeyProblem` must be exactly what that later PUT gets, so each row also sends the PUT.
 */
import { describe, expect, it } from 'vitest';
import type { EncryptionConfiguration, KmsKeySetup } from '../types.ts';
import { K1, K1_ARN, makeWorld } from './testing/world-fixture.ts';

const MISSING = '11111111-2222-3333-4444-555555555555';
const kmsDefault = (
  keyId?: string,
  algorithm: 'aws:kms' | 'aws:kms:dsse' = 'aws:kms',
): EncryptionConfiguration => ({
  Rules: [
    {
      ApplyServerSideEncryptionByDefault: {
        SSEAlgorithm: algorithm,
        ...(keyId ? { KMSMasterKeyID: keyId } : {}),
      },
    },
  ],
});

const problems: {
  name: string;
  encryption: EncryptionConfiguration;
  keys?: KmsKeySetup[];
  code: string;
  message: string;
}[] = [
  {
    name: 'a key ARN no key has',
    encryption: kmsDefault(`arn:aws:kms:us-east-1:111122223333:key/${MISSING}`),
    code: 'KMS.NotFoundException',
    message: `Key 'arn:aws:kms:us-east-1:111122223333:key/${MISSING}' does not exist`,
  },
  {
    name: 'a bare key id no key has, under DSSE-KMS',
    encryption: kmsDefault(MISSING, 'aws:kms:dsse'),
    code: 'KMS.NotFoundException',
    message: `Key 'arn:aws:kms:us-east-1:111122223333:key/${MISSING}' does not exist`,
  },
  {
    name: 'an alias no key has',
    encryption: kmsDefault('alias/nope'),
    code: 'KMS.NotFoundException',
    message: 'Alias arn:aws:kms:us-east-1:111122223333:alias/nope is not found.',
  },
  {
    name: 'a key ARN in another Region',
    encryption: kmsDefault(`arn:aws:kms:eu-west-1:111122223333:key/${K1}`),
    code: 'KMS.NotFoundException',
    message: 'Invalid arn eu-west-1',
  },
  {
    name: 'a disabled key',
    encryption: kmsDefault(K1),
    keys: [{ id: K1, state: 'Disabled' }],
    code: 'KMS.DisabledException',
    message: `${K1_ARN} is disabled.`,
  },
];

describe('a bucket default KMS key S3 could not use', () => {
  it.each(problems)(
    'is reported in the snapshot, with what the next upload relying on it gets, for $name',
    async ({ encryption, keys, code, message }) => {
      const world = await makeWorld({ bucketEncryption: encryption, ...(keys ? { kmsKeys: keys } : {}) });
      const reported = world.snapshot().buckets[0]?.defaultKeyProblem;
      expect(reported).toMatchObject({ status: 400, code, message });
      const put = await world.send({ operation: 'PutObject', key: 'relies-on-default', body: 'x' });
      expect(put.response.status).toBe(reported?.status);
      expect(put.response.error).toMatchObject({ code, message });
    },
  );
});

describe('a bucket default S3 can use', () => {
  it.each([
    {
      name: 'SSE-S3',
      encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
    },
    { name: 'SSE-KMS naming no key (aws/s3)', encryption: kmsDefault() },
    { name: 'SSE-KMS naming aws/s3', encryption: kmsDefault('alias/aws/s3') },
    { name: 'SSE-KMS naming an enabled key by id', encryption: kmsDefault(K1) },
    { name: 'SSE-KMS naming an enabled key by ARN', encryption: kmsDefault(K1_ARN) },
  ] as { name: string; encryption: EncryptionConfiguration }[])(
    'reports nothing for $name',
    async ({ encryption }) => {
      const world = await makeWorld({ bucketEncryption: encryption });
      expect(world.snapshot().buckets[0]?.defaultKeyProblem).toBeNull();
    },
  );

  it('does not make the aws/s3 key by looking at a default that names it', async () => {
    const world = await makeWorld({ bucketEncryption: kmsDefault('alias/aws/s3') });
    const before = world.snapshot().kmsKeys.length;
    world.snapshot();
    expect(world.snapshot().kmsKeys).toHaveLength(before);
    expect(world.snapshot().kmsKeys.some((k) => k.manager === 'AWS')).toBe(false);
  });
});
