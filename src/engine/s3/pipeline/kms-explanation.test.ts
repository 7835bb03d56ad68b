/**
 * A key KMS does not have (KMS.NotFoundException; S3 accepts any key in PutBucketEncryption and
 * fails at PUT time, spec §1.2): the trace names the account the key ARN is in, and when the
 * request named no key, says the key came from the bucket's default encryption.
 */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../../deps.ts';
import { findStep } from '../../trace/index.ts';
import type { Setup } from '../../types.ts';
import { createWorld } from '../../world/create-world.ts';

const REAL_KEY = 'arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9';

async function kmsStep(setup: Setup, headers: Record<string, string>) {
  const made = await createWorld(setup, deterministicDeps());
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  const outcome = await made.value.send({ operation: 'PutObject', key: 'q3.csv', body: 'x', headers });
  expect(outcome.response.error?.code).toBe('KMS.NotFoundException');
  return findStep(outcome.trace, 'kms');
}

const byDefault: Setup = {
  bucketEncryption: {
    Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: REAL_KEY } }],
  },
};

describe('a key KMS does not have, explained', () => {
  it.each<{ name: string; setup: Setup; headers: Record<string, string>; says: string[]; not: string[] }>([
    {
      name: "the bucket default's key of another account: that account, and the default to fix",
      setup: byDefault,
      headers: {},
      says: ['for account 123456789012', "it comes from the bucket's default encryption"],
      not: ['Name an existing key'],
    },
    {
      name: 'a key the request names: this account, and the key to name',
      setup: {},
      headers: {
        'x-amz-server-side-encryption': 'aws:kms',
        'x-amz-server-side-encryption-aws-kms-key-id': 'alias/reports',
      },
      says: ['for this account', 'Name an existing key in us-east-1'],
      not: ['default encryption'],
    },
    {
      name: 'a key the request names over a default naming another: the request key is the one to fix',
      setup: byDefault,
      headers: {
        'x-amz-server-side-encryption': 'aws:kms',
        'x-amz-server-side-encryption-aws-kms-key-id': 'alias/reports',
      },
      says: ['Name an existing key in us-east-1'],
      not: ["comes from the bucket's default"],
    },
  ])('$name', async ({ setup, headers, says, not }) => {
    const step = await kmsStep(setup, headers);
    for (const words of says) expect(step?.detail).toContain(words);
    for (const words of not) expect(step?.detail).not.toContain(words);
  });
});
