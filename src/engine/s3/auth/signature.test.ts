/**
 * How a request is authenticated (bucket-policy-s3-sigv4-conditions, sigv4-query-string-auth,
 * sigv4-HTTPPOSTConstructPolicy in the S3 API reference): expiry, the seven-day limit, skew, POST
 * policies, and the notes of docs/differences.md the request touches.
 */
import { describe, expect, it } from 'vitest';
import type { RequestInput } from '../../types.ts';
import { makeWorld } from '../testing/world-fixture.ts';
import { quoteCondition } from './post-policy.ts';

const GET: RequestInput = { operation: 'GetObject', key: 'k' };
const post = (conditions: unknown[], extra: Partial<RequestInput> = {}): RequestInput => ({
  operation: 'PutObject',
  key: 'up/a.txt',
  authType: 'POST',
  body: 'abc',
  postPolicy: { expiration: '2099-01-01T00:00:00Z', conditions: conditions as never },
  ...extra,
});

describe('the signature checks answer as S3 does', () => {
  it.each([
    {
      name: 'a presigned URL within its expiry',
      request: { ...GET, authType: 'REST-QUERY-STRING', expiresSeconds: 10, signatureAgeMs: 10_000 },
      status: 200,
    },
    {
      name: 'a presigned URL one millisecond past its expiry',
      request: { ...GET, authType: 'REST-QUERY-STRING', expiresSeconds: 10, signatureAgeMs: 10_001 },
      status: 403,
      code: 'AccessDenied',
    },
    {
      name: 'a presigned URL without X-Amz-Expires, an hour old',
      request: { ...GET, authType: 'REST-QUERY-STRING', signatureAgeMs: 3_600_001 },
      status: 403,
      code: 'AccessDenied',
    },
    {
      name: 'a SigV4 presigned URL valid for more than a week',
      request: { ...GET, authType: 'REST-QUERY-STRING', expiresSeconds: 604_801 },
      status: 400,
      code: 'AuthorizationQueryParametersError',
    },
    {
      name: 'a SigV2 presigned URL valid for more than a week',
      request: { ...GET, signature: 'SigV2', authType: 'REST-QUERY-STRING', expiresSeconds: 604_801 },
      status: 200,
    },
    { name: 'a header signature 15 minutes old', request: { ...GET, signatureAgeMs: 900_000 }, status: 200 },
    {
      name: 'a header signature older than 15 minutes',
      request: { ...GET, signatureAgeMs: 900_001 },
      status: 403,
      code: 'RequestTimeTooSkewed',
    },
    {
      name: 'an anonymous request, however old',
      request: { ...GET, signature: 'anonymous', signatureAgeMs: 10_000_000 },
      status: 403,
      code: 'AccessDenied',
    },
    {
      name: 'a POST within its policy',
      request: post([{ bucket: 'test-bucket' }, ['starts-with', '$key', 'up/']]),
      status: 204,
    },
    {
      name: 'a POST over its content-length-range',
      request: post([
        ['starts-with', '$key', 'up/'],
        ['content-length-range', 0, 2],
      ]),
      status: 400,
      code: 'EntityTooLarge',
    },
    {
      name: 'a POST under its content-length-range',
      request: post([
        ['starts-with', '$key', 'up/'],
        ['content-length-range', 5, 9],
      ]),
      status: 400,
      code: 'EntityTooSmall',
    },
    {
      name: 'a POST whose policy has no expiration',
      request: { ...post([]), postPolicy: { conditions: [] } },
      status: 400,
      code: 'InvalidPolicyDocument',
    },
  ] as { name: string; request: RequestInput; status: number; code?: string }[])(
    '$name: $status',
    async ({ request, status, code }) => {
      const world = await makeWorld({ objects: [{ key: 'k', body: 'x' }] });
      const outcome = await world.send(request);
      expect(outcome.response.status).toBe(status);
      expect(outcome.response.error?.code).toBe(code);
    },
  );

  it('names the expiry in the error of an expired SigV4 presigned URL', async () => {
    const world = await makeWorld({ objects: [{ key: 'k', body: 'x' }] });
    const outcome = await world.send({
      ...GET,
      authType: 'REST-QUERY-STRING',
      expiresSeconds: 60,
      signatureAgeMs: 120_000,
    });
    expect(outcome.response.error?.fields).toMatchObject({ 'X-Amz-Expires': '60' });
    expect(outcome.response.error?.fields.Expires).toMatch(/Z$/);
  });

  it('notes the declared signature and the check order on a refused presigned URL', async () => {
    const world = await makeWorld({ objects: [{ key: 'k', body: 'x' }] });
    const outcome = await world.send({
      ...GET,
      authType: 'REST-QUERY-STRING',
      expiresSeconds: 1,
      signatureAgeMs: 2000,
    });
    expect(outcome.differences?.map((d) => d.id)).toEqual([
      'signatures-not-computed',
      'signature-check-order',
    ]);
  });

  it('adds no note to a plain header-signed request', async () => {
    const world = await makeWorld({ objects: [{ key: 'k', body: 'x' }] });
    expect((await world.send(GET)).differences).toBeUndefined();
  });
});

describe('quoteCondition writes a failed condition as S3 quotes it', () => {
  it.each([
    { condition: ['eq', '$key', 'a'], text: '["eq", "$key", "a"]' },
    { condition: ['content-length-range', 1, 10], text: '["content-length-range", 1, 10]' },
    { condition: { bucket: 'b' }, text: '{"bucket": "b"}' },
  ])('$text', ({ condition, text }) => {
    expect(quoteCondition(condition)).toBe(text);
  });
});
