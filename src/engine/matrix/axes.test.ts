/**
 * The matrix's columns: one per encryption choice, each customer managed key of the bucket's
 * Region, and the key the bucket's default encryption names when no other column sends it (a key
 * of the engineer's real account, pasted with `get-bucket-encryption`).
 */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../deps.ts';
import type { Setup, SseAlgorithm } from '../types.ts';
import { createWorld, stateOf } from '../world/create-world.ts';
import { matrixColumns } from './axes.ts';

const REAL_KEY = 'arn:aws:kms:eu-west-1:987654321098:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

const defaultNaming = (
  key: string | undefined,
  algorithm: SseAlgorithm = 'aws:kms',
): Setup['bucketEncryption'] => ({
  Rules: [
    {
      ApplyServerSideEncryptionByDefault: {
        SSEAlgorithm: algorithm,
        ...(key ? { KMSMasterKeyID: key } : {}),
      },
    },
  ],
});

async function columnsFor(bucketEncryption: Setup['bucketEncryption']) {
  const made = await createWorld(
    { kmsKeys: [{ id: '1234abcd-12ab-34cd-56ef-1234567890ab', alias: 'alias/app' }], bucketEncryption },
    deterministicDeps(),
  );
  if (!made.ok) throw new Error(JSON.stringify(made.error));
  return matrixColumns(stateOf(made.value));
}

const STANDARD = ['default', 'SSE-S3', 'SSE-KMS:aws/s3', 'SSE-KMS:app'];

describe('the column of the key the bucket default names', () => {
  it.each([
    { name: 'SSE-S3 by default adds none', encryption: defaultNaming(undefined, 'AES256'), added: [] },
    { name: 'SSE-KMS with aws/s3 adds none', encryption: defaultNaming(undefined), added: [] },
    { name: 'aws/s3 named by alias adds none', encryption: defaultNaming('alias/aws/s3'), added: [] },
    {
      name: 'a key of this KMS (by alias) adds none: its column is there',
      encryption: defaultNaming('alias/app'),
      added: [],
    },
    {
      name: 'a key of another account and Region adds a column named by its key id, sending its ARN',
      encryption: defaultNaming(REAL_KEY),
      added: [
        {
          id: 'SSE-KMS:0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
          mode: 'SSE-KMS',
          keyArn: REAL_KEY,
          fromDefault: true,
        },
      ],
    },
    {
      name: 'an alias this KMS lacks adds a column named by the alias',
      encryption: defaultNaming('alias/reports'),
      added: [{ id: 'SSE-KMS:reports', mode: 'SSE-KMS', keyArn: 'alias/reports', fromDefault: true }],
    },
    {
      name: 'an alias ARN of another account named like a key of this KMS is named in full',
      encryption: defaultNaming('arn:aws:kms:eu-west-1:987654321098:alias/app'),
      added: [
        {
          id: 'SSE-KMS:arn:aws:kms:eu-west-1:987654321098:alias/app',
          mode: 'SSE-KMS',
          keyArn: 'arn:aws:kms:eu-west-1:987654321098:alias/app',
          fromDefault: true,
        },
      ],
    },
  ])('$name', async ({ encryption, added }) => {
    const columns = await columnsFor(encryption);
    expect(columns.slice(0, 4).map((c) => c.id)).toEqual(STANDARD);
    expect(columns.slice(4, -3)).toEqual(added);
    expect(columns.slice(-3).map((c) => c.id)).toEqual(['DSSE-KMS', 'SSE-C', 'client-side']);
  });
});
