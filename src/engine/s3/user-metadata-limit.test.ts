/**
 * S3 User Guide, "Working with object metadata" (UsingMetadata.html): "Within the PUT request
 * header, the user-defined metadata is limited to 2 KB in size. The size of user-defined metadata
 * is measured by taking the sum of the number of bytes in the UTF-8 encoding of each key and
 * value." Over it S3 answers 400 MetadataTooLarge with Size and MaxSizeAllowed 2048 (answers
 * recorded in versity/versitygw#2086; Seagate/cortx-s3server#861 checks 2048 accepted and 2049
 * refused, counting keys without their x-amz-meta- prefix).
 */
import { describe, expect, it } from 'vitest';
import type { RequestInput } from '../types.ts';
import { makeWorld } from './testing/world-fixture.ts';

/** One x-amz-meta-NAME header whose key plus value is exactly `bytes` UTF-8 bytes. */
const metaOf = (bytes: number, name = 'big') => ({ [`x-amz-meta-${name}`]: 'v'.repeat(bytes - name.length) });

const rows: { name: string; request: RequestInput; status: number; size?: number }[] = [
  {
    name: 'exactly 2048 bytes of key and value is accepted',
    request: { operation: 'PutObject', key: 'k', body: 'x', headers: metaOf(2048) },
    status: 200,
  },
  {
    name: 'one byte more is refused',
    request: { operation: 'PutObject', key: 'k', body: 'x', headers: metaOf(2049) },
    status: 400,
    size: 2049,
  },
  {
    name: 'the tester\'s 3,000-byte x-amz-meta-big (key "big" counts too)',
    request: { operation: 'PutObject', key: 'k', body: 'x', headers: { 'x-amz-meta-big': 'a'.repeat(3000) } },
    status: 400,
    size: 3003,
  },
  {
    name: 'the sum over several headers counts, not each one alone',
    request: {
      operation: 'PutObject',
      key: 'k',
      body: 'x',
      headers: { ...metaOf(1024, 'one'), ...metaOf(1025, 'two') },
    },
    status: 400,
    size: 2049,
  },
  {
    name: 'UTF-8 bytes are counted, not characters (é is 2 bytes)',
    request: { operation: 'PutObject', key: 'k', body: 'x', headers: { 'x-amz-meta-n': 'é'.repeat(1024) } },
    status: 400,
    size: 2049,
  },
  {
    name: 'other headers do not count',
    request: {
      operation: 'PutObject',
      key: 'k',
      body: 'x',
      headers: { ...metaOf(2048), 'content-type': `text/plain; x=${'y'.repeat(3000)}` },
    },
    status: 200,
  },
  {
    name: 'a browser POST form is limited too (its x-amz-meta-* fields are the metadata)',
    request: { operation: 'PutObject', key: 'k', body: 'x', authType: 'POST', headers: metaOf(2049) },
    status: 400,
    size: 2049,
  },
  {
    name: 'CreateMultipartUpload is limited as PutObject is',
    request: { operation: 'CreateMultipartUpload', key: 'k', headers: metaOf(2049) },
    status: 400,
    size: 2049,
  },
  {
    name: 'CopyObject with REPLACE stores the request metadata, so it is limited',
    request: {
      operation: 'CopyObject',
      key: 'copy',
      headers: {
        'x-amz-copy-source': 'test-bucket/src',
        'x-amz-metadata-directive': 'REPLACE',
        ...metaOf(2049),
      },
    },
    status: 400,
    size: 2049,
  },
  {
    name: 'CopyObject with COPY keeps the source metadata and ignores the request headers',
    request: {
      operation: 'CopyObject',
      key: 'copy',
      headers: { 'x-amz-copy-source': 'test-bucket/src', ...metaOf(2049) },
    },
    status: 200,
  },
];

describe('the 2 KB limit on user metadata', () => {
  it.each(rows)('$name → $status', async ({ request, status, size }) => {
    const world = await makeWorld({ objects: [{ key: 'src', body: 'source' }] });
    const { response, trace } = await world.send(request);
    expect(response.status).toBe(status);
    if (size === undefined) return;
    expect(response.error).toEqual({
      code: 'MetadataTooLarge',
      message: 'Your metadata headers exceed the maximum allowed metadata size',
      fields: { Size: String(size), MaxSizeAllowed: '2048' },
    });
    expect(trace.find((step) => step.outcome === 'fail')?.stage).toBe('headers');
  });

  it('a refused upload stores nothing', async () => {
    const world = await makeWorld();
    await world.send({ operation: 'PutObject', key: 'k', body: 'x', headers: metaOf(2049) });
    const { response } = await world.send({ operation: 'HeadObject', key: 'k' });
    expect(response.status).toBe(404);
  });
});
