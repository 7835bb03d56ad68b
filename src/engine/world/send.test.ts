/** `send` normalises requests with the scenario format's defaults and never throws. */
import { describe, expect, it } from 'vitest';
import { makeWorld, text } from '../s3/testing/world-fixture.ts';
import type { RequestInput } from '../types.ts';
import { normalizeRequest } from './normalize.ts';

describe('normalizeRequest (docs/scenario-format.md defaults)', () => {
  it('fills in HTTPS, TLS 1.3, SigV4, the account root, the source IP and the bucket', () => {
    expect(
      normalizeRequest({ operation: 'GetObject', key: 'k' }, { account: '111122223333', bucket: 'b' }),
    ).toEqual({
      operation: 'GetObject',
      bucket: 'b',
      key: 'k',
      https: true,
      tlsVersion: '1.3',
      signature: 'SigV4',
      principal: 'arn:aws:iam::111122223333:root',
      sourceIp: '203.0.113.10',
      headers: {},
      query: {},
    });
  });

  it.each([
    {
      name: 'plain HTTP has no TLS version',
      input: { operation: 'GetObject', https: false } as RequestInput,
      check: (r: ReturnType<typeof normalizeRequest>) => r.tlsVersion === undefined,
    },
    {
      name: 'a PutObject body spec becomes bytes',
      input: { operation: 'PutObject', body: { repeat: 'ab', times: 2 } } as RequestInput,
      check: (r: ReturnType<typeof normalizeRequest>) => text(r.body) === 'abab',
    },
    {
      name: 'a bucket-level JSON body stays JSON',
      input: { operation: 'PutBucketVersioning', body: { Status: 'Enabled' } } as RequestInput,
      check: (r: ReturnType<typeof normalizeRequest>) => !(r.body instanceof Uint8Array),
    },
    {
      name: 'a policy given as text becomes bytes',
      input: { operation: 'PutBucketPolicy', body: '{"Version":"2012-10-17"}' } as RequestInput,
      check: (r: ReturnType<typeof normalizeRequest>) => r.body instanceof Uint8Array,
    },
  ])('$name', ({ input, check }) => {
    expect(check(normalizeRequest(input, { account: '111122223333', bucket: 'b' }))).toBe(true);
  });
});

describe('send', () => {
  it('answers an operation it does not know with 400 instead of throwing', async () => {
    const world = await makeWorld();
    const { response, trace } = await world.send({ operation: 'DeleteBucket' } as unknown as RequestInput);
    expect(response).toMatchObject({ status: 400, error: { code: 'InvalidRequest' } });
    expect(trace[0]?.stage).toBe('route');
  });

  it('returns only the KMS events of this request', async () => {
    const world = await makeWorld();
    await world.send({
      operation: 'PutObject',
      key: 'a',
      headers: { 'x-amz-server-side-encryption': 'aws:kms' },
    });
    const second = await world.send({ operation: 'GetObject', key: 'a' });
    expect(second.kmsEvents.map((event) => event.eventName)).toEqual(['Decrypt']);
  });
});
