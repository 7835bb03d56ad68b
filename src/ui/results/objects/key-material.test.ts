import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../../engine/index.ts';
import { readKeyMaterial } from './key-material.ts';

const keyArn = 'arn:aws:kms:us-east-1:111122223333:key/k1';
const blob = (hex: string, context: Record<string, string>) => ({
  keyArn,
  ciphertextBlob: hex,
  encryptionContext: context,
});

const cases: {
  name: string;
  material: JsonValue;
  wrapped: number;
  extras: string[];
  arn?: string;
  context?: string;
}[] = [
  {
    name: 'SSE-S3 shows the data key wrapped by the S3-owned key',
    material: { mode: 'SSE-S3', wrappedKey: { iv: '00', ciphertext: 'aabb', tag: 'ff' } },
    wrapped: 1,
    extras: ['wrapping iv', 'wrapping tag'],
  },
  {
    name: 'SSE-KMS shows the KMS blob with its key ARN and object context',
    material: {
      mode: 'SSE-KMS',
      bucketKey: false,
      keyArn,
      wrappedKey: blob('0102', { 'aws:s3:arn': 'arn:aws:s3:::b/k' }),
    },
    wrapped: 1,
    extras: [],
    arn: keyArn,
    context: 'arn:aws:s3:::b/k',
  },
  {
    name: 'SSE-KMS with a bucket key shows the bucket key blob (bucket ARN context) and the HKDF salt',
    material: {
      mode: 'SSE-KMS',
      bucketKey: true,
      keyArn,
      wrappedBucketKey: blob('0304', { 'aws:s3:arn': 'arn:aws:s3:::b' }),
      salt: '99',
      encryptionContext: { 'aws:s3:arn': 'arn:aws:s3:::b/k' },
    },
    wrapped: 1,
    extras: ['salt'],
    context: 'arn:aws:s3:::b',
  },
  {
    name: 'DSSE-KMS shows two wrapped layers',
    material: { mode: 'DSSE-KMS', keyArn, layers: [blob('01', {}), blob('02', {})] },
    wrapped: 2,
    extras: [],
  },
  {
    name: 'SSE-C shows no key at all, only the MD5, the salted HMAC and the salt',
    material: { mode: 'SSE-C', keyMd5: 'abc==', keyHmac: 'dd', salt: 'ee' },
    wrapped: 0,
    extras: ['keyMd5', 'keyHmac', 'salt'],
  },
];

describe('readKeyMaterial', () => {
  it.each(cases)('$name', ({ material, wrapped, extras, arn, context }) => {
    const view = readKeyMaterial(material);
    expect(view?.wrappedKeys).toHaveLength(wrapped);
    expect(view?.extras.map(([name]) => name)).toEqual(extras);
    if (arn) expect(view?.wrappedKeys[0]?.keyArn).toBe(arn);
    if (context) expect(view?.wrappedKeys[0]?.encryptionContext?.['aws:s3:arn']).toBe(context);
  });

  it.each([
    { name: 'nothing stored reads as nothing', material: undefined },
    { name: 'material without a mode reads as nothing', material: { wrappedKey: {} } },
  ])('$name', ({ material }) => {
    expect(readKeyMaterial(material)).toBeUndefined();
  });
});
