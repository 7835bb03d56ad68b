/**
 * Issue 12: no input reaches the simulator-bug 500. Each shape `world.send` does not accept is a
 * 400 with a message that names what to change, answered before any byte is allocated.
 */
import { describe, expect, it } from 'vitest';
import type { ObjectData } from '../crypto/chunked-bytes.ts';
import { MAX_REQUEST_BODY_BYTES } from '../limits.ts';
import { makeWorld, text } from '../s3/testing/world-fixture.ts';
import type { RequestInput } from '../types.ts';

const cases: { name: string; input: unknown; code: string; says: RegExp }[] = [
  { name: 'a null request', input: null, code: 'InvalidRequest', says: /must be an object/ },
  { name: 'a request that is a list', input: [], code: 'InvalidRequest', says: /must be an object/ },
  {
    name: 'a request without an operation',
    input: { key: 'k' },
    code: 'InvalidRequest',
    says: /"operation"/,
  },
  {
    name: 'a null body',
    input: { operation: 'PutObject', key: 'k', body: null },
    code: 'InvalidRequest',
    says: /not null/,
  },
  {
    name: 'a number as body',
    input: { operation: 'PutObject', key: 'k', body: 42 },
    code: 'InvalidRequest',
    says: /not number/,
  },
  {
    name: 'a repeat of 10^12 (issue 12: a 500 "Simulator bug" before)',
    input: { operation: 'PutObject', key: 'k', body: { repeat: 'x', times: 1e12 } },
    code: 'EntityTooLarge',
    says: /accepts at most 64 MiB per request/,
  },
  {
    name: 'a repeat of 250 million (2.5 GB allocated before)',
    input: { operation: 'PutObject', key: 'k', body: { repeat: 'xxxxxxxxxx', times: 250_000_000 } },
    code: 'EntityTooLarge',
    says: /2,384\.2 MiB/,
  },
  {
    name: 'a repeat as a JSON operation body',
    input: { operation: 'PutBucketVersioning', body: { repeat: 'x', times: 1e12 } },
    code: 'EntityTooLarge',
    says: /64 MiB/,
  },
  {
    name: 'a negative repeat count',
    input: { operation: 'PutObject', key: 'k', body: { repeat: 'x', times: -1 } },
    code: 'InvalidRequest',
    says: /whole number/,
  },
  {
    name: 'a fractional repeat count',
    input: { operation: 'PutObject', key: 'k', body: { repeat: 'x', times: 1.5 } },
    code: 'InvalidRequest',
    says: /whole number/,
  },
  {
    name: 'a repeat with an extra field',
    input: { operation: 'PutObject', key: 'k', body: { repeat: 'x', times: 1, extra: 1 } },
    code: 'InvalidRequest',
    says: /nothing else/,
  },
  {
    name: 'a base64 body that is not text',
    input: { operation: 'PutObject', key: 'k', body: { base64: 7 } },
    code: 'InvalidRequest',
    says: /must hold text/,
  },
  {
    name: 'a header whose value is not text',
    input: { operation: 'GetObject', key: 'k', headers: { 'x-amz-meta-a': 1 } },
    code: 'InvalidRequest',
    says: /headers "x-amz-meta-a" must be text/,
  },
  {
    name: 'headers given as a list',
    input: { operation: 'GetObject', key: 'k', headers: [] },
    code: 'InvalidRequest',
    says: /"headers" must be an object/,
  },
  {
    name: 'a key that is a number',
    input: { operation: 'GetObject', key: 5 },
    code: 'InvalidRequest',
    says: /"key" must be text/,
  },
  {
    name: 'https as text',
    input: { operation: 'GetObject', key: 'k', https: 'yes' },
    code: 'InvalidRequest',
    says: /"https" must be true or false/,
  },
  {
    name: 'an unknown signature',
    input: { operation: 'GetObject', key: 'k', signature: 'SigV9' },
    code: 'InvalidRequest',
    says: /"signature"/,
  },
  {
    name: 'an unknown authType',
    input: { operation: 'GetObject', key: 'k', authType: 'TELEPATHY' },
    code: 'InvalidRequest',
    says: /"authType"/,
  },
  {
    name: 'an expiry that is not a number',
    input: { operation: 'GetObject', key: 'k', authType: 'REST-QUERY-STRING', expiresSeconds: '60' },
    code: 'InvalidRequest',
    says: /"expiresSeconds" must be a number/,
  },
  {
    name: 'a POST policy that is a list',
    input: { operation: 'PutObject', key: 'k', authType: 'POST', postPolicy: [] },
    code: 'InvalidRequest',
    says: /"postPolicy" must be an object/,
  },
  {
    name: 'raw bytes over the limit',
    input: { operation: 'PutObject', key: 'k', body: new Uint8Array(MAX_REQUEST_BODY_BYTES + 1) },
    code: 'EntityTooLarge',
    says: /64 MiB/,
  },
];

describe('request shapes world.send does not accept', () => {
  it.each(cases)('answers $name with 400 $code and a clear message', async ({ input, code, says }) => {
    const world = await makeWorld();
    const { response, trace } = await world.send(input as RequestInput);
    expect(response.status).toBe(400);
    expect(response.error?.code).toBe(code);
    expect(response.error?.message).toMatch(says);
    expect(trace[0]?.stage).toBe('route');
  });

  it('still takes a repeat at the limit, and builds it', async () => {
    const world = await makeWorld();
    const { response } = await world.send({
      operation: 'PutObject',
      key: 'big',
      body: { repeat: 'ab', times: 1024 * 1024 },
    });
    expect(response.status).toBe(200);
    const read = await world.send({ operation: 'GetObject', key: 'big' });
    expect((read.response.body as ObjectData).length).toBe(2 * 1024 * 1024);
    expect(text(read.response.body)?.slice(0, 6)).toBe('ababab');
  });
});
