/**
 * Issue 10, "large requests can be cancelled": a GetObject, or a HeadObject reading S3's own
 * checksum for the first time, stops between segments when its caller cancels, and answers nothing
 * (a client that closes the connection reads no answer). A checksum read only in part is not kept.
 */
import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../crypto/bytes.ts';
import { checksumDigest } from '../../crypto/checksums.ts';
import { MIB } from '../../limits.ts';
import type { RequestInput } from '../../types.ts';
import { kmsHeaders, makeWorld } from '../testing/world-fixture.ts';

const body = Uint8Array.from({ length: 3.5 * MIB }, (_, i) => (i * 13 + (i >>> 20)) & 0xff);
const CHECKSUM_MODE = { 'x-amz-checksum-mode': 'ENABLED' };

describe('a read cancelled between segments', () => {
  it.each<{ name: string; read: RequestInput }>([
    { name: 'a GetObject', read: { operation: 'GetObject', key: 'big' } },
    {
      name: 'a GetObject with checksum mode',
      read: { operation: 'GetObject', key: 'big', headers: CHECKSUM_MODE },
    },
    {
      name: 'a HeadObject reading the checksum',
      read: { operation: 'HeadObject', key: 'big', headers: CHECKSUM_MODE },
    },
  ])('$name stops after the segment in hand and answers nothing', async ({ read }) => {
    const w = await makeWorld();
    await w.send({ operation: 'PutObject', key: 'big', body, headers: kmsHeaders() });
    const cancel = new AbortController();
    const heard: number[] = [];
    const outcome = await w.send(read, {
      signal: cancel.signal,
      onBytes: (done) => {
        heard.push(done);
        cancel.abort();
      },
    });
    expect(outcome).toMatchObject({ cancelled: true, stage: 'crypto' });
    expect(heard).toEqual([MIB]);
    // The checksum was not kept from the one segment read: the next read computes it whole.
    const head = await w.send({ operation: 'HeadObject', key: 'big', headers: CHECKSUM_MODE });
    expect('response' in head && head.response.headers['x-amz-checksum-crc64nvme']).toBe(
      toBase64(await checksumDigest('CRC64NVME', body)),
    );
  });

  it('a GetObject that is not cancelled reads every segment', async () => {
    const w = await makeWorld();
    await w.send({ operation: 'PutObject', key: 'big', body, headers: kmsHeaders() });
    const heard: number[] = [];
    const outcome = await w.send(
      { operation: 'GetObject', key: 'big' },
      { signal: new AbortController().signal, onBytes: (done) => heard.push(done) },
    );
    expect('response' in outcome && outcome.response.status).toBe(200);
    expect(heard).toEqual([MIB, 2 * MIB, 3 * MIB, 3.5 * MIB]);
  });
});
