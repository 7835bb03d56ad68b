/**
 * A held S3 Bucket Key after its KMS key is disabled or scheduled for deletion. AWS does not
 * document what S3 does: the KMS Developer Guide (unusable-kms-keys.md, "How unusable KMS keys
 * affect data keys") says only that the effect on data keys "is delayed until the KMS key is used
 * again" and that each service uses data keys its own way; the S3 User Guide (bucket-key.md) says a
 * bucket key is used "for a limited time period". The simulator takes the safe side
 * (docs/differences.md#bucket-key-after-key-disabled): the bucket key is dropped at once,
 * so the very next GET, PUT or copy calls KMS and gets the refusal a request without a bucket key
 * gets.
 */
import { describe, expect, it } from 'vitest';
import type { RequestInput } from '../types.ts';
import { K1, K1_ARN, kmsHeaders, makeWorld } from './testing/world-fixture.ts';

const BUCKET_KEY = kmsHeaders(K1, { 'x-amz-server-side-encryption-bucket-key-enabled': 'true' });

const changes = [
  {
    change: 'kms:DisableKey' as const,
    code: 'KMS.DisabledException',
    message: `${K1_ARN} is disabled.`,
  },
  {
    change: 'kms:ScheduleKeyDeletion' as const,
    code: 'KMS.KMSInvalidStateException',
    message: `${K1_ARN} is pending deletion.`,
  },
];

const requests: { name: string; request: RequestInput; kmsCall: string }[] = [
  { name: 'GET', request: { operation: 'GetObject', key: 'held' }, kmsCall: 'Decrypt' },
  {
    name: 'PUT',
    request: { operation: 'PutObject', key: 'new', headers: BUCKET_KEY, body: 'y' },
    kmsCall: 'GenerateDataKey',
  },
  {
    name: 'copy',
    request: {
      operation: 'CopyObject',
      key: 'copy',
      headers: { ...BUCKET_KEY, 'x-amz-copy-source': 'test-bucket/held' },
    },
    kmsCall: 'Decrypt',
  },
];

const cases = changes.flatMap((c) =>
  requests.map((r) => ({ ...c, ...r, name: `${r.name} right after ${c.change} is 400 ${c.code}` })),
);

describe('bucket keys and KMS key state', () => {
  it.each(cases)('$name, not served from the held bucket key', async (c) => {
    const world = await makeWorld();
    // Write and read once, so S3 holds both a write and a read bucket key for K1.
    expect(
      (await world.send({ operation: 'PutObject', key: 'held', headers: BUCKET_KEY, body: 'x' })).response
        .status,
    ).toBe(200);
    expect((await world.send({ operation: 'GetObject', key: 'held' })).response.status).toBe(200);
    expect(world.snapshot().bucketKeys.length).toBeGreaterThan(0);
    expect((await world.send({ operation: c.change, body: { KeyId: K1 } })).response.status).toBe(200);
    const { response, kmsEvents } = await world.send(c.request);
    expect(response).toMatchObject({ status: 400, error: { code: c.code, message: c.message } });
    // The refusal comes from a real KMS call, visible in the audit log, as without a bucket key.
    expect(kmsEvents.at(-1)).toMatchObject({ eventName: c.kmsCall });
  });

  it('after EnableKey the next request gets a fresh bucket key from KMS', async () => {
    const world = await makeWorld();
    await world.send({ operation: 'PutObject', key: 'held', headers: BUCKET_KEY, body: 'x' });
    await world.send({ operation: 'kms:DisableKey', body: { KeyId: K1 } });
    await world.send({ operation: 'kms:EnableKey', body: { KeyId: K1 } });
    const { response, kmsEvents } = await world.send({ operation: 'GetObject', key: 'held' });
    expect(response.status).toBe(200);
    expect(kmsEvents.map((e) => e.eventName)).toEqual(['Decrypt']);
  });
});
