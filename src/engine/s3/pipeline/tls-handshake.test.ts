/**
 * S3 refuses TLS 1.0 and 1.1 at the handshake (spec §6.5: "Since February 2024 S3 endpoints refuse
 * TLS 1.0 and 1.1 at the handshake (no HTTP answer at all)"; AWS Security Blog, "TLS 1.2 to become
 * the minimum TLS protocol level for all AWS API endpoints"). TLS 1.2 and 1.3 go on to the policy,
 * where s3:TlsVersion still decides (UG amazon-s3-policy-keys.md, NumericLessThan s3:TlsVersion).
 */
import { describe, expect, it } from 'vitest';
import { refusesTlsVersion } from '../../network/tls-floor.ts';
import type { JsonObject, RequestInput } from '../../types.ts';
import { makeWorld } from '../testing/world-fixture.ts';

const requireTls13: JsonObject = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::test-bucket', 'arn:aws:s3:::test-bucket/*'],
      Condition: { NumericLessThan: { 's3:TlsVersion': '1.3' } },
    },
  ],
};

const put = (more: Partial<RequestInput>): RequestInput => ({
  operation: 'PutObject',
  key: 'k',
  body: 'x',
  ...more,
});

describe('the TLS handshake', () => {
  it.each([
    { name: 'TLS 1.0 is refused', request: put({ tlsVersion: '1.0' }) },
    { name: 'TLS 1.1 is refused', request: put({ tlsVersion: '1.1' }) },
    {
      name: 'before routing: even a bucket that does not exist',
      request: put({ tlsVersion: '1.0', bucket: 'nope' }),
    },
    {
      name: 'before header checks: even a malformed SSE header',
      request: put({ tlsVersion: '1.1', headers: { 'x-amz-server-side-encryption': 'AES192' } }),
    },
    { name: 'a read too', request: { operation: 'GetObject', key: 'k', tlsVersion: '1.0' } as RequestInput },
  ])('$name: no HTTP answer', async ({ request }) => {
    const world = await makeWorld({ policy: requireTls13 });
    const { response, trace, kmsEvents } = await world.send(request);
    expect(response.status).toBe(0);
    expect(response.headers).toEqual({});
    expect(response.error).toBeUndefined();
    expect(response.errorXml).toBeUndefined();
    expect(response.noAnswer?.reason).toContain('TLS alert protocol_version');
    expect(trace.map((step) => [step.stage, step.outcome])).toEqual([
      ['transport', 'fail'],
      ['response', 'fail'],
    ]);
    expect(trace[0]?.title).toBe(`TLS ${request.tlsVersion} refused at the handshake`);
    expect(kmsEvents).toEqual([]);
  });

  it('a refused upload stores nothing', async () => {
    const world = await makeWorld();
    await world.send(put({ tlsVersion: '1.0' }));
    expect((await world.send({ operation: 'HeadObject', key: 'k' })).response.status).toBe(404);
  });

  it.each([
    { tlsVersion: '1.2', status: 403 },
    { tlsVersion: '1.3', status: 200 },
  ])('TLS $tlsVersion reaches the policy: NumericLessThan s3:TlsVersion 1.3 answers $status', async (c) => {
    const world = await makeWorld({ policy: requireTls13 });
    const { response } = await world.send(put({ tlsVersion: c.tlsVersion }));
    expect(response.status).toBe(c.status);
  });

  it('plain HTTP has no handshake to refuse', async () => {
    const world = await makeWorld();
    const { response } = await world.send(put({ https: false, tlsVersion: '1.0' }));
    expect(response.status).toBe(200);
  });

  it.each([
    ['1.0', true],
    ['1.1', true],
    ['1.2', false],
    ['1.3', false],
    [undefined, false],
    ['not a version', false],
  ] as const)('TLS %s refused: %s', (version, refused) => {
    expect(refusesTlsVersion(version)).toBe(refused);
  });
});
