/** Issue 10, "Large requests show progress": the caller hears each segment of object bytes. */
import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../../deps.ts';
import { MIB } from '../../limits.ts';
import type { RequestInput } from '../../types.ts';
import { createWorld } from '../../world/create-world.ts';

async function world() {
  const created = await createWorld({}, deterministicDeps());
  if (!created.ok) throw new Error('set-up refused');
  return created.value;
}

const body = new Uint8Array(2.5 * MIB).fill(7);

describe('byte progress of a request', () => {
  it.each<{ what: string; read: RequestInput; heard: [number, number][] }>([
    {
      what: 'a whole GET hears each segment decrypted',
      read: { operation: 'GetObject', key: 'big' },
      heard: [
        [MIB, 2.5 * MIB],
        [2 * MIB, 2.5 * MIB],
        [2.5 * MIB, 2.5 * MIB],
      ],
    },
    {
      what: 'a range GET hears only the bytes it returns',
      read: { operation: 'GetObject', key: 'big', headers: { range: 'bytes=0-99' } },
      heard: [[100, 100]],
    },
    {
      what: "a HEAD that first reads S3's own checksum hears each segment it reads for it",
      read: { operation: 'HeadObject', key: 'big', headers: { 'x-amz-checksum-mode': 'ENABLED' } },
      heard: [
        [MIB, 2.5 * MIB],
        [2 * MIB, 2.5 * MIB],
        [2.5 * MIB, 2.5 * MIB],
      ],
    },
    {
      what: 'a HEAD without checksum mode hears nothing: it reads no bytes',
      read: { operation: 'HeadObject', key: 'big' },
      heard: [],
    },
  ])('a 2.5 MiB PUT hears each 1 MiB segment encrypted, and $what', async ({ read, heard }) => {
    const w = await world();
    const put: [number, number][] = [];
    const stored = await w.send(
      { operation: 'PutObject', key: 'big', body },
      { onBytes: (done, total) => put.push([done, total]) },
    );
    expect('response' in stored && stored.response.status).toBe(200);
    expect(put).toEqual([
      [MIB, 2.5 * MIB],
      [2 * MIB, 2.5 * MIB],
      [2.5 * MIB, 2.5 * MIB],
    ]);
    const got: [number, number][] = [];
    await w.send(read, { onBytes: (done, total) => got.push([done, total]) });
    expect(got).toEqual(heard);
  });

  it('a bucket-level request hears nothing', async () => {
    const w = await world();
    const heard: number[] = [];
    await w.send({ operation: 'GetBucketEncryption' }, { onBytes: (done) => heard.push(done) });
    expect(heard).toEqual([]);
  });
});
