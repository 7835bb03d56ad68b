import { describe, expect, it } from 'vitest';
import { ALICE, APP_ROLE, K1, K1_ARN, K2, K2_ARN, KMS_USE_POLICY } from '../kms/testing/kms-fixture.ts';
import { BUCKET_KEY_WINDOW_MS } from './bucket-key-cache.ts';
import { newObjectKey, openObjectKey } from './index.ts';
import { BUCKET_ARN, modeEnvFixture, objectArn } from './testing/mode-env.ts';
import type { ModeEnv, ModeRequest } from './types.ts';

const withBucketKey = (keyArn = K1_ARN): ModeRequest => ({
  mode: 'SSE-KMS',
  keyArn,
  bucketKey: true,
  context: {},
});
const identityPolicies = { [ALICE]: KMS_USE_POLICY, [APP_ROLE]: KMS_USE_POLICY };
const keys = [{ id: K1 }, { id: K2 }];

async function put(env: ModeEnv, key: string, req = withBucketKey()) {
  const made = await newObjectKey(req, { ...env, objectArn: objectArn(key) });
  if (!made.ok) throw new Error(made.error.message);
  return made.value.stored;
}

const generateCalls = (env: ModeEnv) => env.kms.auditLog().filter((e) => e.eventName === 'GenerateDataKey');

describe('S3 Bucket Keys (spec §2.9)', () => {
  it('ten puts by one principal in the window make one GenerateDataKey, with the bucket ARN as context', async () => {
    const { env } = await modeEnvFixture({ keys });
    for (let i = 0; i < 10; i++) await put(env, `k${i}`);
    const calls = generateCalls(env);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.requestParameters.encryptionContext).toEqual({ 'aws:s3:arn': BUCKET_ARN });
  });

  const separateKeys = [
    {
      name: 'another requester gets its own bucket key (another call)',
      second: { principalArn: APP_ROLE },
      req: withBucketKey(),
    },
    {
      name: 'another KMS key gets its own bucket key (another call)',
      second: {},
      req: withBucketKey(K2_ARN),
    },
    {
      name: 'another bucket gets its own bucket key (another call)',
      second: { bucketArn: 'arn:aws:s3:::other-bucket' },
      req: withBucketKey(),
    },
  ];
  it.each(separateKeys)('$name', async ({ second, req }) => {
    const { env } = await modeEnvFixture({ keys, identityPolicies });
    await put({ ...env, principalArn: ALICE }, 'a');
    await put({ ...env, principalArn: ALICE, ...second }, 'b', req);
    expect(generateCalls(env)).toHaveLength(2);
  });

  it('after the window a put makes a new GenerateDataKey call', async () => {
    const { env, deps } = await modeEnvFixture({ keys });
    await put(env, 'a');
    deps.advance(BUCKET_KEY_WINDOW_MS - 1);
    await put(env, 'b');
    expect(generateCalls(env)).toHaveLength(1);
    deps.advance(1);
    await put(env, 'c');
    expect(generateCalls(env)).toHaveLength(2);
  });

  it('objects under one bucket key get different data keys (per-object salt)', async () => {
    const { env } = await modeEnvFixture({ keys });
    const a = await put(env, 'a');
    const b = await put(env, 'b');
    if (a.mode !== 'SSE-KMS' || !a.bucketKey || b.mode !== 'SSE-KMS' || !b.bucketKey)
      throw new Error('setup');
    expect(a.wrappedBucketKey.ciphertextBlob).toEqual(b.wrappedBucketKey.ciphertextBlob);
    expect(a.salt).not.toEqual(b.salt);
  });

  it('repeated reads in the window make one Decrypt; another reader or a later window makes another', async () => {
    const { env, deps } = await modeEnvFixture({ keys, identityPolicies });
    const stored = await Promise.all(['a', 'b', 'c'].map((k) => put(env, k)));
    for (const s of stored) expect((await openObjectKey(s, env)).ok).toBe(true);
    const decrypts = () => env.kms.auditLog().filter((e) => e.eventName === 'Decrypt').length;
    expect(decrypts()).toBe(1);
    await openObjectKey(stored[0]!, { ...env, principalArn: ALICE });
    expect(decrypts()).toBe(2);
    deps.advance(BUCKET_KEY_WINDOW_MS);
    await openObjectKey(stored[0]!, env);
    expect(decrypts()).toBe(3);
  });

  it('the snapshot lists live bucket keys and forgets expired ones', async () => {
    const { env, deps } = await modeEnvFixture({ keys });
    await put(env, 'a');
    expect(env.bucketKeys.snapshot(deps.now())).toEqual([
      {
        use: 'write',
        bucketArn: BUCKET_ARN,
        principalArn: env.principalArn,
        keyArn: K1_ARN,
        createdMs: deps.now(),
        expiresMs: deps.now() + BUCKET_KEY_WINDOW_MS,
      },
    ]);
    expect(env.bucketKeys.snapshot(deps.now() + BUCKET_KEY_WINDOW_MS)).toEqual([]);
  });

  it('a refused GenerateDataKey caches nothing, so the next put asks KMS again', async () => {
    const { env } = await modeEnvFixture({ keys: [{ id: K1, state: 'Disabled' }] });
    const first = await newObjectKey(withBucketKey(), env);
    expect(first.ok || first.error.code).toBe('DisabledException');
    await newObjectKey(withBucketKey(), env);
    expect(generateCalls(env)).toHaveLength(2);
    expect(env.bucketKeys.snapshot(env.deps.now())).toEqual([]);
  });
});
