import { describe, expect, it } from 'vitest';
import { fromBase64, utf8 } from '../crypto/bytes.ts';
import { md5Base64 } from '../crypto/md5.ts';
import { K1_ARN } from '../kms/testing/kms-fixture.ts';
import { encryptBytes, newObjectKey, openObjectKey } from './index.ts';
import { modeEnvFixture, openPart, PLACE } from './testing/mode-env.ts';
import type { ModeRequest } from './types.ts';

const KEY_A = fromBase64('pO3upElrwuEXSoFwCfnZPdSsmt/xWeFa0N9KgDijwVs=')!;
const plaintext = utf8('The quick brown fox jumps over the lazy dog');

const requests: { name: string; req: ModeRequest; layers: number; kmsCalls: string[] }[] = [
  {
    name: 'SSE-S3 round-trips under the S3-owned root key',
    req: { mode: 'SSE-S3' },
    layers: 1,
    kmsCalls: [],
  },
  {
    name: 'SSE-KMS round-trips with one GenerateDataKey and one Decrypt',
    req: { mode: 'SSE-KMS', keyArn: K1_ARN, bucketKey: false, context: {} },
    layers: 1,
    kmsCalls: ['GenerateDataKey', 'Decrypt'],
  },
  {
    name: 'SSE-KMS with a bucket key round-trips with one GenerateDataKey and one Decrypt',
    req: { mode: 'SSE-KMS', keyArn: K1_ARN, bucketKey: true, context: {} },
    layers: 1,
    kmsCalls: ['GenerateDataKey', 'Decrypt'],
  },
  {
    name: 'DSSE-KMS round-trips with two layers, two GenerateDataKey and two Decrypt calls',
    req: { mode: 'DSSE-KMS', keyArn: K1_ARN, context: {} },
    layers: 2,
    kmsCalls: ['GenerateDataKey', 'GenerateDataKey', 'Decrypt', 'Decrypt'],
  },
  {
    name: 'SSE-C round-trips with the customer key and no KMS call',
    req: { mode: 'SSE-C', customerKey: KEY_A, keyMd5: md5Base64(KEY_A) },
    layers: 1,
    kmsCalls: [],
  },
];

describe('each mode encrypts and decrypts', () => {
  it.each(requests)('$name', async ({ req, layers, kmsCalls }) => {
    const { env, kms } = await modeEnvFixture();
    const made = await newObjectKey(req, env);
    if (!made.ok) throw new Error(made.error.message);
    const stored = await encryptBytes(made.value.dataKeys, plaintext, env.deps, PLACE);
    expect(stored[0]?.layers).toHaveLength(layers);
    expect(stored[0]?.ciphertext).not.toEqual(plaintext);
    const opened = await openObjectKey(made.value.stored, env, req.mode === 'SSE-C' ? KEY_A : undefined);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(await openPart(opened.value, stored)).toEqual({ ok: true, value: plaintext });
    expect(kms.auditLog().map((e) => e.eventName)).toEqual(kmsCalls);
  });

  it('the parts of a multipart upload share the data key, each with its own IV', async () => {
    const { env } = await modeEnvFixture();
    const made = await newObjectKey({ mode: 'SSE-KMS', keyArn: K1_ARN, bucketKey: false, context: {} }, env);
    if (!made.ok) throw new Error(made.error.message);
    const part1 = await encryptBytes(made.value.dataKeys, utf8('part one'), env.deps, PLACE);
    const part2 = await encryptBytes(made.value.dataKeys, utf8('part two'), env.deps, {
      ...PLACE,
      partNumber: 2,
    });
    expect(part1[0]?.layers[0]?.iv).not.toEqual(part2[0]?.layers[0]?.iv);
    expect(await openPart(made.value.dataKeys, part2, { ...PLACE, partNumber: 2 })).toEqual({
      ok: true,
      value: utf8('part two'),
    });
  });

  it('SSE-KMS sends the object ARN and the client pairs as encryption context (spec §2.4)', async () => {
    const { env, kms } = await modeEnvFixture();
    await newObjectKey({ mode: 'SSE-KMS', keyArn: K1_ARN, bucketKey: false, context: { team: 'blue' } }, env);
    expect(kms.auditLog()[0]?.requestParameters.encryptionContext).toEqual({
      'aws:s3:arn': 'arn:aws:s3:::test-bucket/k',
      team: 'blue',
    });
  });

  it('the same seed stores the same bytes (deterministic runs)', async () => {
    const run = async () => {
      const { env } = await modeEnvFixture();
      const made = await newObjectKey({ mode: 'DSSE-KMS', keyArn: K1_ARN, context: {} }, env);
      if (!made.ok) throw new Error(made.error.message);
      return {
        stored: made.value.stored,
        bytes: await encryptBytes(made.value.dataKeys, plaintext, env.deps, PLACE),
      };
    };
    expect(await run()).toEqual(await run());
  });
});
