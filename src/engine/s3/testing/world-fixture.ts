/**
 * Test helpers: a deterministic world (fixed seed and clock) and the spec's placeholder keys
 * (spec §12: SSE-C keys with their MD5s, KMS key ids).
 */
import { copyOfData, isObjectData } from '../../crypto/chunked-bytes.ts';
import { deterministicDeps } from '../../deps.ts';
import type { EncryptionConfiguration, Setup } from '../../types.ts';
import { createWorld, type World } from '../../world/create-world.ts';

export const KEY_A = { key: 'pO3upElrwuEXSoFwCfnZPdSsmt/xWeFa0N9KgDijwVs=', md5: 'DWygnHRtgiJ77HCm+1rvHw==' };
export const KEY_B = { key: '6b+WOZ1T3cqZMxgThRcXAQBrS5mXKdDUphvpxptl9/4=', md5: 'arxBvwY2V4SiOne6yppVPQ==' };
export const K1 = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const K2 = '0987dcba-09fe-87dc-65ba-ab0987654321';
export const K1_ARN = `arn:aws:kms:us-east-1:111122223333:key/${K1}`;
export const K2_ARN = `arn:aws:kms:us-east-1:111122223333:key/${K2}`;

export const sseC = (k: { key: string; md5: string }) => ({
  'x-amz-server-side-encryption-customer-algorithm': 'AES256',
  'x-amz-server-side-encryption-customer-key': k.key,
  'x-amz-server-side-encryption-customer-key-MD5': k.md5,
});

export const copySourceSseC = (k: { key: string; md5: string }) => ({
  'x-amz-copy-source-server-side-encryption-customer-algorithm': 'AES256',
  'x-amz-copy-source-server-side-encryption-customer-key': k.key,
  'x-amz-copy-source-server-side-encryption-customer-key-MD5': k.md5,
});

export const kmsHeaders = (keyId?: string, more: Record<string, string> = {}) => ({
  'x-amz-server-side-encryption': 'aws:kms',
  ...(keyId ? { 'x-amz-server-side-encryption-aws-kms-key-id': keyId } : {}),
  ...more,
});

/** A write in each server-side mode (all under K1), with the headers a read of it needs. */
export const SERVER_SIDE_MODES: {
  mode: string;
  write: Record<string, string>;
  read: Record<string, string>;
}[] = [
  { mode: 'SSE-S3', write: { 'x-amz-server-side-encryption': 'AES256' }, read: {} },
  { mode: 'SSE-KMS', write: kmsHeaders(K1), read: {} },
  {
    mode: 'SSE-KMS with a bucket key',
    write: kmsHeaders(K1, { 'x-amz-server-side-encryption-bucket-key-enabled': 'true' }),
    read: {},
  },
  {
    mode: 'DSSE-KMS',
    write: {
      'x-amz-server-side-encryption': 'aws:kms:dsse',
      'x-amz-server-side-encryption-aws-kms-key-id': K1,
    },
    read: {},
  },
  { mode: 'SSE-C', write: sseC(KEY_A), read: sseC(KEY_A) },
];

/** A bucket that allows SSE-C, as the conformance suites set it up (spec §1.3 simulator note). */
export const SSE_C_ALLOWED: EncryptionConfiguration = {
  Rules: [
    {
      ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' },
      BlockedEncryptionTypes: { EncryptionType: ['NONE'] },
    },
  ],
};

export async function makeWorld(setup: Setup = {}, seed = 1): Promise<World> {
  const built = await createWorld({ kmsKeys: [{ id: K1 }, { id: K2 }], ...setup }, deterministicDeps(seed));
  if (!built.ok) throw new Error(`test set-up refused: ${JSON.stringify(built.error)}`);
  return built.value;
}

/** A response's object data in one buffer (a large read answers in segments), or undefined for JSON. */
export const bytesOf = (body: unknown) => (isObjectData(body) ? copyOfData(body) : undefined);

export const text = (body: unknown) => {
  const bytes = bytesOf(body);
  return bytes ? new TextDecoder().decode(bytes) : undefined;
};
