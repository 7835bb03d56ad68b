import { describe, expect, it } from 'vitest';
import { utf8 } from '../crypto/bytes.ts';
import { K1_ARN } from '../kms/testing/kms-fixture.ts';
import { encryptBytes, newObjectKey, openObjectKey } from './index.ts';
import { modeEnvFixture, openPart, PLACE } from './testing/mode-env.ts';
import type { ModeRequest, StoredCiphertext, StoredKeyMaterial } from './types.ts';

const plaintext = utf8('tamper-evident bytes');

const flip = (bytes: Uint8Array<ArrayBuffer>, at = 0): Uint8Array<ArrayBuffer> => {
  const out = bytes.slice();
  out[at] = (out[at] ?? 0) ^ 1;
  return out;
};

type BytesChange = (c: StoredCiphertext) => StoredCiphertext;
const layer0 = (c: StoredCiphertext) => c.layers[0]!;

const byteChanges: { name: string; change: BytesChange }[] = [
  { name: 'a flipped ciphertext bit', change: (c) => ({ ...c, ciphertext: flip(c.ciphertext) }) },
  {
    name: 'a flipped IV bit',
    change: (c) => ({ ...c, layers: [{ ...layer0(c), iv: flip(layer0(c).iv) }, ...c.layers.slice(1)] }),
  },
  {
    name: 'a flipped tag bit',
    change: (c) => ({ ...c, layers: [{ ...layer0(c), tag: flip(layer0(c).tag) }, ...c.layers.slice(1)] }),
  },
  { name: 'a dropped last byte', change: (c) => ({ ...c, ciphertext: c.ciphertext.slice(0, -1) }) },
];

const modes: { mode: string; req: ModeRequest }[] = [
  { mode: 'SSE-S3', req: { mode: 'SSE-S3' } },
  { mode: 'SSE-KMS', req: { mode: 'SSE-KMS', keyArn: K1_ARN, bucketKey: false, context: {} } },
  {
    mode: 'SSE-KMS with a bucket key',
    req: { mode: 'SSE-KMS', keyArn: K1_ARN, bucketKey: true, context: {} },
  },
  { mode: 'DSSE-KMS', req: { mode: 'DSSE-KMS', keyArn: K1_ARN, context: {} } },
];

const byteCases = modes.flatMap(({ mode, req }) =>
  byteChanges.map(({ name, change }) => ({
    name: `${mode}: ${name} makes the read fail as Tampered`,
    req,
    change,
  })),
);

describe('tampering with stored bytes', () => {
  it.each(byteCases)('$name', async ({ req, change }) => {
    const { env } = await modeEnvFixture();
    const made = await newObjectKey(req, env);
    if (!made.ok) throw new Error(made.error.message);
    const stored = await encryptBytes(made.value.dataKeys, plaintext, env.deps, PLACE);
    const opened = await openObjectKey(made.value.stored, env);
    if (!opened.ok) throw new Error(opened.error.message);
    const read = await openPart(opened.value, stored.map(change));
    expect(read.ok || read.error.code).toBe('Tampered');
  });
});

type KeyChange = (s: StoredKeyMaterial) => StoredKeyMaterial;
const keyCases: { name: string; req: ModeRequest; change: KeyChange; code: string }[] = [
  {
    name: 'SSE-S3: a flipped bit in the wrapped data key fails as Tampered',
    req: { mode: 'SSE-S3' },
    change: (s) =>
      s.mode === 'SSE-S3'
        ? { ...s, wrappedKey: { ...s.wrappedKey, ciphertext: flip(s.wrappedKey.ciphertext) } }
        : s,
    code: 'Tampered',
  },
  {
    name: 'SSE-KMS: a flipped bit in the KMS blob fails as InvalidCiphertextException',
    req: { mode: 'SSE-KMS', keyArn: K1_ARN, bucketKey: false, context: {} },
    change: (s) =>
      s.mode === 'SSE-KMS' && !s.bucketKey
        ? {
            ...s,
            wrappedKey: {
              ...s.wrappedKey,
              ciphertextBlob: flip(s.wrappedKey.ciphertextBlob, s.wrappedKey.ciphertextBlob.length - 1),
            },
          }
        : s,
    code: 'InvalidCiphertextException',
  },
  {
    name: 'SSE-KMS: a changed stored encryption context fails as InvalidCiphertextException',
    req: { mode: 'SSE-KMS', keyArn: K1_ARN, bucketKey: false, context: {} },
    change: (s) =>
      s.mode === 'SSE-KMS' && !s.bucketKey
        ? {
            ...s,
            wrappedKey: {
              ...s.wrappedKey,
              encryptionContext: { 'aws:s3:arn': 'arn:aws:s3:::test-bucket/other' },
            },
          }
        : s,
    code: 'InvalidCiphertextException',
  },
  {
    name: 'SSE-KMS with a bucket key: a changed bucket-key context fails as InvalidCiphertextException',
    req: { mode: 'SSE-KMS', keyArn: K1_ARN, bucketKey: true, context: {} },
    change: (s) =>
      s.mode === 'SSE-KMS' && s.bucketKey
        ? {
            ...s,
            wrappedBucketKey: {
              ...s.wrappedBucketKey,
              encryptionContext: { 'aws:s3:arn': 'arn:aws:s3:::elsewhere' },
            },
          }
        : s,
    code: 'InvalidCiphertextException',
  },
  {
    name: 'DSSE-KMS: a flipped bit in the second layer blob fails as InvalidCiphertextException',
    req: { mode: 'DSSE-KMS', keyArn: K1_ARN, context: {} },
    change: (s) =>
      s.mode === 'DSSE-KMS'
        ? {
            ...s,
            layers: [s.layers[0], { ...s.layers[1], ciphertextBlob: flip(s.layers[1].ciphertextBlob, 50) }],
          }
        : s,
    code: 'InvalidCiphertextException',
  },
];

describe('tampering with stored key material', () => {
  it.each(keyCases)('$name', async ({ req, change, code }) => {
    const { env } = await modeEnvFixture();
    const made = await newObjectKey(req, env);
    if (!made.ok) throw new Error(made.error.message);
    const opened = await openObjectKey(change(made.value.stored), env);
    expect(opened.ok || opened.error.code).toBe(code);
  });

  it('SSE-KMS with a bucket key: a changed per-object salt derives another key, so the bytes fail as Tampered', async () => {
    const { env } = await modeEnvFixture();
    const made = await newObjectKey({ mode: 'SSE-KMS', keyArn: K1_ARN, bucketKey: true, context: {} }, env);
    if (!made.ok || made.value.stored.mode !== 'SSE-KMS' || !made.value.stored.bucketKey)
      throw new Error('setup');
    const stored = await encryptBytes(made.value.dataKeys, plaintext, env.deps, PLACE);
    const opened = await openObjectKey({ ...made.value.stored, salt: flip(made.value.stored.salt) }, env);
    if (!opened.ok) throw new Error(opened.error.message);
    const read = await openPart(opened.value, stored);
    expect(read.ok || read.error.code).toBe('Tampered');
  });
});
