import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, utf8 } from '../crypto/bytes.ts';
import { ALICE, K1_ARN, KMS_USE_POLICY, kmsFixture } from '../kms/testing/kms-fixture.ts';
import { decryptClientSide, encryptClientSide } from './index.ts';
import type { ClientSideObject, ClientWrapping } from './types.ts';

const plaintext = utf8('client-side encrypted before it leaves the browser');
const AES_WRAPPING_KEY = Uint8Array.from({ length: 32 }, (_, i) => i);

async function setup(kind: 'kms' | 'aes') {
  const { kms, deps } = await kmsFixture({ identityPolicies: { [ALICE]: KMS_USE_POLICY } });
  const wrapping: ClientWrapping =
    kind === 'kms'
      ? {
          kind: 'kms',
          keyArn: K1_ARN,
          kms,
          principalArn: ALICE,
          sourceIp: '198.51.100.7',
          context: { purpose: 'demo' },
        }
      : { kind: 'aes', key: AES_WRAPPING_KEY };
  const encrypted = await encryptClientSide({ plaintext, wrapping, deps });
  if (!encrypted.ok) throw new Error(encrypted.error.message);
  return { kms, wrapping, object: encrypted.value };
}

const flip = (bytes: Uint8Array, at = 0) => {
  const out = bytes.slice();
  out[at] = (out[at] ?? 0) ^ 1;
  return out;
};
const flipBase64 = (text: string, at = 0) => toBase64(flip(fromBase64(text)!, at));

describe('S3 Encryption Client v2 format (spec §9)', () => {
  it.each(['kms', 'aes'] as const)('the %s wrapping round-trips', async (kind) => {
    const { wrapping, object } = await setup(kind);
    expect(object.body).toHaveLength(plaintext.length + 16);
    expect(await decryptClientSide({ ...object, wrapping })).toEqual({ ok: true, value: plaintext });
  });

  it('kms+context writes the V2 metadata with the cek-alg pair in the context and matdesc', async () => {
    const { object, kms } = await setup('kms');
    const context = { purpose: 'demo', 'aws:x-amz-cek-alg': 'AES/GCM/NoPadding' };
    expect(object.metadata).toMatchObject({
      'x-amz-meta-x-amz-cek-alg': 'AES/GCM/NoPadding',
      'x-amz-meta-x-amz-wrap-alg': 'kms+context',
      'x-amz-meta-x-amz-matdesc': JSON.stringify(context),
      'x-amz-meta-x-amz-tag-len': '128',
      'x-amz-meta-x-amz-unencrypted-content-length': String(plaintext.length),
    });
    expect(fromBase64(object.metadata['x-amz-meta-x-amz-iv'])).toHaveLength(12);
    const [event] = kms.auditLog();
    expect(event).toMatchObject({ eventName: 'GenerateDataKey', sourceIPAddress: '198.51.100.7' });
    expect(event?.requestParameters.encryptionContext).toEqual(context);
  });

  it('AES/GCM writes key-v2 as a 12-byte nonce, the 32-byte wrapped key and a 16-byte tag', async () => {
    const { object } = await setup('aes');
    expect(object.metadata['x-amz-meta-x-amz-wrap-alg']).toBe('AES/GCM');
    expect(fromBase64(object.metadata['x-amz-meta-x-amz-key-v2'])).toHaveLength(12 + 32 + 16);
    expect(object.metadata['x-amz-meta-x-amz-matdesc']).toBe('{}');
  });

  type Change = (o: ClientSideObject) => ClientSideObject;
  const meta = (o: ClientSideObject, patch: Record<string, string>) => ({
    ...o,
    metadata: { ...o.metadata, ...patch },
  });
  const refusals: { name: string; kind: 'kms' | 'aes'; change: Change; code: string }[] = [
    {
      name: 'a flipped body bit is refused as Tampered',
      kind: 'aes',
      change: (o) => ({ ...o, body: flip(o.body) }),
      code: 'Tampered',
    },
    {
      name: 'a flipped tag bit is refused as Tampered',
      kind: 'kms',
      change: (o) => ({ ...o, body: flip(o.body, o.body.length - 1) }),
      code: 'Tampered',
    },
    {
      name: 'a flipped IV bit is refused as Tampered',
      kind: 'aes',
      change: (o) => meta(o, { 'x-amz-meta-x-amz-iv': flipBase64(o.metadata['x-amz-meta-x-amz-iv']) }),
      code: 'Tampered',
    },
    {
      name: 'a flipped AES-wrapped key bit is refused as Tampered',
      kind: 'aes',
      change: (o) =>
        meta(o, { 'x-amz-meta-x-amz-key-v2': flipBase64(o.metadata['x-amz-meta-x-amz-key-v2'], 20) }),
      code: 'Tampered',
    },
    {
      name: 'a flipped KMS blob bit is refused by KMS',
      kind: 'kms',
      change: (o) =>
        meta(o, { 'x-amz-meta-x-amz-key-v2': flipBase64(o.metadata['x-amz-meta-x-amz-key-v2'], 60) }),
      code: 'InvalidCiphertextException',
    },
    {
      name: 'a changed matdesc (encryption context) is refused by KMS',
      kind: 'kms',
      change: (o) =>
        meta(o, {
          'x-amz-meta-x-amz-matdesc': JSON.stringify({
            purpose: 'other',
            'aws:x-amz-cek-alg': 'AES/GCM/NoPadding',
          }),
        }),
      code: 'InvalidCiphertextException',
    },
    {
      name: 'a V1 x-amz-key next to x-amz-key-v2 is refused as mixed versions',
      kind: 'aes',
      change: (o) => meta(o, { 'x-amz-meta-x-amz-key': 'AAAA' }),
      code: 'MixedEnvelopeVersions',
    },
    {
      name: 'a V3 x-amz-3 next to x-amz-key-v2 is refused as mixed versions',
      kind: 'kms',
      change: (o) => meta(o, { 'x-amz-meta-x-amz-3': 'AAAA' }),
      code: 'MixedEnvelopeVersions',
    },
    {
      name: 'a CBC content algorithm is not supported',
      kind: 'aes',
      change: (o) => meta(o, { 'x-amz-meta-x-amz-cek-alg': 'AES/CBC/PKCS5Padding' }),
      code: 'UnsupportedAlgorithm',
    },
    {
      name: 'an object without the envelope is not client-side encrypted',
      kind: 'aes',
      change: (o) => ({
        ...o,
        metadata: {
          'x-amz-meta-x-amz-iv': o.metadata['x-amz-meta-x-amz-iv'],
        } as ClientSideObject['metadata'],
      }),
      code: 'MissingEnvelope',
    },
  ];
  it.each(refusals)('$name', async ({ kind, change, code }) => {
    const { wrapping, object } = await setup(kind);
    const read = await decryptClientSide({ ...change(object), wrapping });
    expect(read.ok || read.error.code).toBe(code);
  });

  it('reading with the other kind of wrapping is refused', async () => {
    const { object } = await setup('kms');
    const read = await decryptClientSide({ ...object, wrapping: { kind: 'aes', key: AES_WRAPPING_KEY } });
    expect(read.ok || read.error.code).toBe('WrappingMismatch');
  });

  it('another AES wrapping key cannot unwrap the content key', async () => {
    const { object } = await setup('aes');
    const read = await decryptClientSide({ ...object, wrapping: { kind: 'aes', key: new Uint8Array(32) } });
    expect(read.ok || read.error.code).toBe('Tampered');
  });

  it('metadata header names are matched case-insensitively', async () => {
    const { wrapping, object } = await setup('aes');
    const upper = Object.fromEntries(Object.entries(object.metadata).map(([k, v]) => [k.toUpperCase(), v]));
    expect((await decryptClientSide({ body: object.body, metadata: upper, wrapping })).ok).toBe(true);
  });

  it('the reserved context key cannot be set by the user', async () => {
    const { kms, deps } = await kmsFixture();
    const wrapping: ClientWrapping = {
      kind: 'kms',
      keyArn: K1_ARN,
      kms,
      principalArn: ALICE,
      sourceIp: '',
      context: { 'aws:x-amz-cek-alg': 'mine' },
    };
    const encrypted = await encryptClientSide({ plaintext, wrapping, deps });
    expect(encrypted.ok || encrypted.error.code).toBe('ReservedContextKey');
  });

  it('an AES wrapping key that is not 32 bytes is refused', async () => {
    const { deps } = await kmsFixture();
    const encrypted = await encryptClientSide({
      plaintext,
      wrapping: { kind: 'aes', key: new Uint8Array(16) },
      deps,
    });
    expect(encrypted.ok || encrypted.error.code).toBe('InvalidWrappingKey');
  });
});
