/** `world.fork()`: an independent copy; what one side does later never shows on the other. */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../deps.ts';
import { createWorld } from './create-world.ts';

const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';

async function world() {
  const made = await createWorld(
    { kmsKeys: [{ id: KEY_ID }], objects: [{ key: 'a', body: 'one' }] },
    deterministicDeps(),
  );
  if (!made.ok) throw new Error('set-up failed');
  return made.value;
}

describe('world.fork', () => {
  it.each([
    ['a write', { operation: 'PutObject' as const, key: 'b', body: 'two' }],
    [
      'a KMS write',
      {
        operation: 'PutObject' as const,
        key: 'b',
        body: 'two',
        headers: { 'x-amz-server-side-encryption': 'aws:kms' },
      },
    ],
    ['a key disabled', { operation: 'kms:DisableKey' as const, body: { KeyId: KEY_ID } }],
    [
      'a policy put',
      {
        operation: 'PutBucketPolicy' as const,
        body: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::test-bucket/*"}]}',
      },
    ],
    [
      'an encryption update',
      {
        operation: 'UpdateObjectEncryption' as const,
        key: 'a',
        body: {
          ObjectEncryption: { SSEKMS: { KMSKeyArn: `arn:aws:kms:us-east-1:111122223333:key/${KEY_ID}` } },
        },
      },
    ],
  ])('keeps the original unchanged after %s in the fork', async (_, request) => {
    const original = await world();
    const before = JSON.stringify(original.snapshot());
    const fork = original.fork();
    const outcome = await fork.send(request);
    expect(outcome.response.status).toBeLessThan(300);
    expect(JSON.stringify(fork.snapshot())).not.toBe(before);
    expect(JSON.stringify(original.snapshot())).toBe(before);
  });

  it('reads in the fork what the original stored before the fork', async () => {
    const original = await world();
    const read = await original.fork().send({ operation: 'GetObject', key: 'a' });
    expect(new TextDecoder().decode(read.response.body as Uint8Array)).toBe('one');
  });
});
