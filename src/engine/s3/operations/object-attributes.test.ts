/**
 * GetObjectAttributes and the Checksum attribute: S3 answers it (API GetObjectAttributes); the
 * playground leaves it out and says so with the `object-attributes-checksum` note
 * (docs/differences.md), instead of answering as if S3 had no checksum.
 */
import { describe, expect, it } from 'vitest';
import { makeWorld } from '../testing/world-fixture.ts';

describe('GetObjectAttributes', () => {
  it.each([
    { wanted: 'ETag,Checksum,ObjectSize', noted: ['object-attributes-checksum'] },
    { wanted: 'ETag,ObjectSize', noted: undefined },
  ])('asked for $wanted, answers without a Checksum and notes $noted', async ({ wanted, noted }) => {
    const world = await makeWorld();
    await world.send({ operation: 'PutObject', key: 'k', body: 'some bytes' });
    const outcome = await world.send({
      operation: 'GetObjectAttributes',
      key: 'k',
      headers: { 'x-amz-object-attributes': wanted },
    });
    expect(outcome.response.status).toBe(200);
    expect(outcome.response.body).toMatchObject({ ObjectSize: 10 });
    expect(outcome.response.body).not.toHaveProperty('Checksum');
    expect(outcome.differences?.map((note) => note.id)).toEqual(noted);
  });
});
