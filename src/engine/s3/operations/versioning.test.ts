/** Versioning through `send`: version ids, x-amz-version-id, versionId reads, delete markers, in-place copies. */
import { describe, expect, it } from 'vitest';
import { makeWorld, text } from '../testing/world-fixture.ts';

describe('versioned buckets', () => {
  it('each PUT answers a new x-amz-version-id and both versions stay readable', async () => {
    const world = await makeWorld({ versioning: 'Enabled' });
    const first = await world.send({ operation: 'PutObject', key: 'k', body: 'one' });
    const second = await world.send({ operation: 'PutObject', key: 'k', body: 'two' });
    const v1 = first.response.headers['x-amz-version-id'];
    const v2 = second.response.headers['x-amz-version-id'];
    expect(v1).toMatch(/^[A-Za-z0-9._]{32}$/);
    expect(v2).not.toBe(v1);
    expect(text((await world.send({ operation: 'GetObject', key: 'k' })).response.body)).toBe('two');
    const old = await world.send({ operation: 'GetObject', key: 'k', query: { versionId: v1! } });
    expect(old.response.headers['x-amz-version-id']).toBe(v1);
    expect(text(old.response.body)).toBe('one');
    const versions = world.snapshot().buckets[0]?.objects[0]?.versions ?? [];
    expect(versions.map((v) => v.isLatest)).toEqual([true, false]);
  });

  it('DELETE adds a delete marker: GET is 404 with x-amz-delete-marker, the old version is kept', async () => {
    const world = await makeWorld({ versioning: 'Enabled' });
    const put = await world.send({ operation: 'PutObject', key: 'k', body: 'one' });
    const deleted = await world.send({ operation: 'DeleteObject', key: 'k' });
    expect(deleted.response).toMatchObject({ status: 204, headers: { 'x-amz-delete-marker': 'true' } });
    const get = await world.send({ operation: 'GetObject', key: 'k' });
    expect(get.response).toMatchObject({
      status: 404,
      headers: { 'x-amz-delete-marker': 'true' },
      error: { code: 'NoSuchKey', fields: { Key: 'k' } },
    });
    const old = await world.send({
      operation: 'GetObject',
      key: 'k',
      query: { versionId: put.response.headers['x-amz-version-id']! },
    });
    expect(text(old.response.body)).toBe('one');
  });

  it('an in-place copy makes a new version and names the source version', async () => {
    const world = await makeWorld({ versioning: 'Enabled' });
    const put = await world.send({ operation: 'PutObject', key: 'k', body: 'one' });
    const copy = await world.send({
      operation: 'CopyObject',
      key: 'k',
      headers: { 'x-amz-copy-source': 'test-bucket/k', 'x-amz-metadata-directive': 'REPLACE' },
    });
    expect(copy.response.headers['x-amz-copy-source-version-id']).toBe(
      put.response.headers['x-amz-version-id'],
    );
    expect(copy.response.headers['x-amz-version-id']).not.toBe(put.response.headers['x-amz-version-id']);
  });

  it('PutBucketVersioning turns versioning on for later writes; unversioned buckets answer no version id', async () => {
    const world = await makeWorld();
    const before = await world.send({ operation: 'PutObject', key: 'k', body: 'one' });
    expect(before.response.headers['x-amz-version-id']).toBeUndefined();
    expect(
      (await world.send({ operation: 'PutBucketVersioning', body: { Status: 'Enabled' } })).response.status,
    ).toBe(200);
    const after = await world.send({ operation: 'PutObject', key: 'k', body: 'two' });
    expect(after.response.headers['x-amz-version-id']).toMatch(/^[A-Za-z0-9._]{32}$/);
    const old = await world.send({ operation: 'GetObject', key: 'k', query: { versionId: 'null' } });
    expect(text(old.response.body)).toBe('one');
  });

  it.each([
    {
      name: 'an unknown well-formed version is NoSuchVersion',
      versionId: 'A'.repeat(32),
      code: 'NoSuchVersion',
      status: 404,
    },
    {
      name: 'a malformed version id is InvalidArgument',
      versionId: 'not a version',
      code: 'InvalidArgument',
      status: 400,
    },
  ])('$name', async ({ versionId, code, status }) => {
    const world = await makeWorld({ versioning: 'Enabled', objects: [{ key: 'k', body: 'x' }] });
    const { response } = await world.send({ operation: 'GetObject', key: 'k', query: { versionId } });
    expect(response).toMatchObject({ status, error: { code } });
  });
});
