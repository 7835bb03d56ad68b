import { describe, expect, it } from 'vitest';
import { ALICE, K1, K1_ARN, KMS_USE_POLICY, kmsFixture, ROOT } from './testing/kms-fixture.ts';

const context = { 'aws:s3:arn': 'arn:aws:s3:::test-bucket/k' };
const call = { principalArn: ROOT, sourceIp: '203.0.113.9' };

async function generated() {
  const fx = await kmsFixture();
  const key = await fx.kms.generateDataKey({ keyArn: K1_ARN, encryptionContext: context, ...call });
  if (!key.ok) throw new Error(key.error.message);
  return { ...fx, key: key.value };
}

const flip = (bytes: Uint8Array, at: number) => {
  const out = bytes.slice();
  out[at] = (out[at] ?? 0) ^ 1;
  return out;
};

describe('GenerateDataKey and Decrypt', () => {
  it('Decrypt with the same context returns the data key GenerateDataKey made', async () => {
    const { kms, key } = await generated();
    expect(key.plaintextKey).toHaveLength(32);
    const opened = await kms.decrypt({
      ciphertextBlob: key.ciphertextBlob,
      encryptionContext: context,
      ...call,
    });
    expect(opened).toEqual({ ok: true, value: { keyArn: K1_ARN, plaintextKey: key.plaintextKey } });
  });

  it('a bare key id is accepted and the result names the full ARN', async () => {
    const { kms } = await kmsFixture();
    const key = await kms.generateDataKey({ keyArn: K1, encryptionContext: {}, ...call });
    expect(key.ok && key.value.keyArn).toBe(K1_ARN);
  });

  const tampering = [
    { name: 'a changed encryption context fails as InvalidCiphertextException', change: 'context' },
    { name: 'an added context pair fails as InvalidCiphertextException', change: 'extra-pair' },
    { name: 'a flipped bit in the wrapped key fails as InvalidCiphertextException', change: 'wrapped' },
    { name: 'a flipped bit in the blob IV fails as InvalidCiphertextException', change: 'iv' },
    { name: 'a truncated blob fails as InvalidCiphertextException', change: 'truncate' },
    { name: 'a blob naming an unknown key fails as InvalidCiphertextException', change: 'key-id' },
  ];
  it.each(tampering)('$name', async ({ change }) => {
    const { kms, key } = await generated();
    const blob = key.ciphertextBlob;
    const idEnd = 2 + (blob[1] ?? 0);
    const ciphertextBlob =
      change === 'wrapped'
        ? flip(blob, idEnd + 12 + 3)
        : change === 'iv'
          ? flip(blob, idEnd)
          : change === 'truncate'
            ? blob.slice(0, blob.length - 1)
            : change === 'key-id'
              ? flip(blob, 3)
              : blob;
    const encryptionContext =
      change === 'context'
        ? { 'aws:s3:arn': 'arn:aws:s3:::test-bucket/other' }
        : change === 'extra-pair'
          ? { ...context, team: 'a' }
          : context;
    const opened = await kms.decrypt({ ciphertextBlob, encryptionContext, ...call });
    expect(opened.ok || opened.error.code).toBe('InvalidCiphertextException');
  });

  it('the context is bound in canonical order, so key order does not matter', async () => {
    const { kms } = await kmsFixture();
    const key = await kms.generateDataKey({ keyArn: K1_ARN, encryptionContext: { a: '1', b: '2' }, ...call });
    if (!key.ok) throw new Error(key.error.message);
    const opened = await kms.decrypt({
      ciphertextBlob: key.value.ciphertextBlob,
      encryptionContext: { b: '2', a: '1' },
      ...call,
    });
    expect(opened.ok).toBe(true);
  });

  it('the same seed gives the same data keys and blobs (deterministic runs)', async () => {
    const a = await generated();
    const b = await generated();
    expect(a.key).toEqual(b.key);
  });
});

describe('key states (spec §2.6)', () => {
  const states = [
    {
      name: 'a disabled key refuses GenerateDataKey with DisabledException',
      state: 'Disabled' as const,
      code: 'DisabledException',
      message: `${K1_ARN} is disabled.`,
    },
    {
      name: 'a key pending deletion refuses GenerateDataKey with KMSInvalidStateException',
      state: 'PendingDeletion' as const,
      code: 'KMSInvalidStateException',
      message: `${K1_ARN} is pending deletion.`,
    },
  ];
  it.each(states)('$name', async ({ state, code, message }) => {
    const { kms } = await kmsFixture({ keys: [{ id: K1, state }] });
    const key = await kms.generateDataKey({ keyArn: K1_ARN, encryptionContext: context, ...call });
    expect(key).toEqual({ ok: false, error: { code, message, keyArn: K1_ARN } });
  });

  it('disabling a key makes Decrypt of existing blobs fail, and enabling it again restores it', async () => {
    const { kms, key } = await generated();
    const decrypt = () =>
      kms.decrypt({ ciphertextBlob: key.ciphertextBlob, encryptionContext: context, ...call });
    expect(kms.disableKey(K1)).toEqual({ ok: true, value: {} });
    const refused = await decrypt();
    expect(refused.ok || refused.error.code).toBe('DisabledException');
    expect(kms.enableKey(K1).ok).toBe(true);
    expect((await decrypt()).ok).toBe(true);
  });

  it('a key whose deletion is cancelled stays Disabled until enabled (as KMS does)', async () => {
    const { kms } = await kmsFixture();
    expect(kms.scheduleKeyDeletion(K1).ok).toBe(true);
    expect(kms.cancelKeyDeletion(K1)).toEqual({ ok: true, value: { KeyId: K1_ARN } });
    const key = await kms.generateDataKey({ keyArn: K1_ARN, encryptionContext: context, ...call });
    expect(key.ok || key.error.code).toBe('DisabledException');
  });
});

describe('the shared per-second quota (spec §2.8)', () => {
  it('calls over the quota are throttled, not counted, and allowed again a simulated second later', async () => {
    const { kms, deps } = await kmsFixture({ requestsPerSecond: 2 });
    const gdk = () => kms.generateDataKey({ keyArn: K1_ARN, encryptionContext: context, ...call });
    const first = await gdk();
    if (!first.ok) throw new Error(first.error.message);
    deps.advance(400);
    const opened = await kms.decrypt({
      ciphertextBlob: first.value.ciphertextBlob,
      encryptionContext: context,
      ...call,
    });
    expect(opened.ok).toBe(true);
    const throttled = await gdk();
    expect(throttled).toEqual({
      ok: false,
      error: {
        code: 'ThrottlingException',
        message: 'You have exceeded the rate at which you may call KMS. Reduce the frequency of your calls.',
      },
    });
    expect(kms.callsInWindow()).toBe(2);
    deps.advance(600);
    expect(kms.callsInWindow()).toBe(1);
    expect((await gdk()).ok).toBe(true);
    expect(kms.auditLog().map((e) => e.errorCode ?? 'ok')).toEqual(['ok', 'ok', 'ThrottlingException', 'ok']);
  });

  it('refused calls do not use up the quota', async () => {
    const { kms } = await kmsFixture({ requestsPerSecond: 1, identityPolicies: {} });
    const denied = await kms.generateDataKey({
      keyArn: K1_ARN,
      encryptionContext: context,
      principalArn: ALICE,
      sourceIp: '',
    });
    expect(denied.ok || denied.error.code).toBe('AccessDeniedException');
    expect(kms.callsInWindow()).toBe(0);
    expect((await kms.generateDataKey({ keyArn: K1_ARN, encryptionContext: context, ...call })).ok).toBe(
      true,
    );
  });

  it('the snapshot counts successful and refused calls per key', async () => {
    const { kms } = await kmsFixture({ identityPolicies: { [ALICE]: KMS_USE_POLICY } });
    await kms.generateDataKey({ keyArn: K1_ARN, encryptionContext: context, ...call });
    kms.disableKey(K1);
    await kms.generateDataKey({ keyArn: K1_ARN, encryptionContext: context, ...call });
    const [snapshot] = kms.listKeys();
    expect(snapshot).toMatchObject({
      keyId: K1,
      alias: 'alias/k1',
      state: 'Disabled',
      manager: 'CUSTOMER',
      policyIsDefault: true,
      calls: { GenerateDataKey: 1, Decrypt: 0 },
      refused: { GenerateDataKey: 1, Decrypt: 0 },
    });
  });
});
