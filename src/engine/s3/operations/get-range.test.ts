/** GetObject and HeadObject with a Range header, on objects of every server-side mode. */
import { describe, expect, it } from 'vitest';
import { KEY_A, kmsHeaders, makeWorld, SSE_C_ALLOWED, sseC, text } from '../testing/world-fixture.ts';

const modes = [
  { name: 'SSE-S3', put: {}, read: {} },
  { name: 'SSE-KMS', put: kmsHeaders(), read: {} },
  { name: 'SSE-C', put: sseC(KEY_A), read: sseC(KEY_A) },
];

const ranges = [
  { name: 'a closed range', range: 'bytes=2-4', body: 'cde', contentRange: 'bytes 2-4/10' },
  { name: 'a suffix range', range: 'bytes=-3', body: 'hij', contentRange: 'bytes 7-9/10' },
  { name: 'an open range', range: 'bytes=8-', body: 'ij', contentRange: 'bytes 8-9/10' },
];

const cases = modes.flatMap((mode) =>
  ranges.map((range) => ({ ...range, mode, name: `${mode.name}: ${range.name} is 206 with its bytes` })),
);

async function worldWithObject(put: Record<string, string>) {
  const world = await makeWorld({ bucketEncryption: SSE_C_ALLOWED });
  await world.send({ operation: 'PutObject', key: 'k', body: 'abcdefghij', headers: put });
  return world;
}

describe('GetObject with a Range header', () => {
  it.each(cases)('$name', async ({ mode, range, body, contentRange }) => {
    const world = await worldWithObject(mode.put);
    const { response } = await world.send({
      operation: 'GetObject',
      key: 'k',
      headers: { ...mode.read, Range: range },
    });
    expect(response.status).toBe(206);
    expect(text(response.body)).toBe(body);
    expect(response.headers).toMatchObject({
      'content-range': contentRange,
      'content-length': String(body.length),
    });
  });

  it('a range that starts past the end is 416 InvalidRange', async () => {
    const world = await worldWithObject({});
    const { response } = await world.send({
      operation: 'GetObject',
      key: 'k',
      headers: { range: 'bytes=10-' },
    });
    expect(response).toMatchObject({
      status: 416,
      error: {
        code: 'InvalidRange',
        message: 'The requested range is not satisfiable',
        fields: { RangeRequested: 'bytes=10-', ActualObjectSize: '10' },
      },
    });
  });

  it('HEAD with a range is 206 with the range headers and no body', async () => {
    const world = await worldWithObject({});
    const { response } = await world.send({
      operation: 'HeadObject',
      key: 'k',
      headers: { range: 'bytes=0-0' },
    });
    expect(response.status).toBe(206);
    expect(response.body).toBeUndefined();
    expect(response.headers).toMatchObject({ 'content-range': 'bytes 0-0/10', 'content-length': '1' });
  });

  it('without a range the whole object is 200 with no Content-Range', async () => {
    const world = await worldWithObject({});
    const { response } = await world.send({ operation: 'GetObject', key: 'k' });
    expect(response.status).toBe(200);
    expect(response.headers['content-range']).toBeUndefined();
  });
});
