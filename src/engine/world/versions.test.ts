import { describe, expect, it } from 'vitest';
import { deterministicDeps } from '../deps.ts';
import { newBucket } from './new-bucket.ts';
import type { ObjectVersion, VersioningStatus } from './types.ts';
import { currentVersion, deleteObject, findVersion, storeVersion, versionIdForWrite } from './versions.ts';

const deps = deterministicDeps(7);
const version = (key: string, versionId: string): ObjectVersion => ({
  key,
  versionId,
  deleteMarker: false,
  lastModifiedMs: 0,
  etag: '"x"',
  size: 1,
  contentType: 'binary/octet-stream',
  metadata: {},
  parts: [],
  partNumbers: [],
  partSizes: [1],
  multipart: false,
});
const bucketWith = (versioning?: VersioningStatus) => {
  const bucket = newBucket('b', '111122223333', 'us-east-1');
  if (versioning) bucket.versioning = versioning;
  return bucket;
};

describe('versions', () => {
  it.each([
    { name: 'an unversioned bucket writes the null version', versioning: undefined, isNull: true },
    { name: 'a suspended bucket writes the null version', versioning: 'Suspended' as const, isNull: true },
    { name: 'an enabled bucket writes a new 32-character id', versioning: 'Enabled' as const, isNull: false },
  ])('$name', ({ versioning, isNull }) => {
    const id = versionIdForWrite(bucketWith(versioning), deps);
    expect(id === 'null').toBe(isNull);
    if (!isNull) expect(id).toMatch(/^[A-Za-z0-9._]{32}$/);
  });

  it('a second null-version write replaces the first, an enabled write keeps both', () => {
    const plain = bucketWith();
    storeVersion(plain, version('k', 'null'));
    storeVersion(plain, version('k', 'null'));
    expect(plain.objects.get('k')).toHaveLength(1);
    const versioned = bucketWith('Enabled');
    storeVersion(versioned, version('k', versionIdForWrite(versioned, deps)));
    storeVersion(versioned, version('k', versionIdForWrite(versioned, deps)));
    expect(versioned.objects.get('k')).toHaveLength(2);
  });

  it('a delete in a versioned bucket adds a marker; reading the key is 404 with x-amz-delete-marker', () => {
    const bucket = bucketWith('Enabled');
    const first = version('k', versionIdForWrite(bucket, deps));
    storeVersion(bucket, first);
    const outcome = deleteObject(bucket, 'k', undefined, 1, deps);
    expect(outcome.deleteMarker).toBe(true);
    expect(currentVersion(bucket, 'k')?.deleteMarker).toBe(true);
    const read = findVersion(bucket, 'k', undefined);
    expect(read.ok ? undefined : read.error).toMatchObject({
      status: 404,
      code: 'NoSuchKey',
      headers: { 'x-amz-delete-marker': 'true' },
    });
    expect(findVersion(bucket, 'k', first.versionId).ok).toBe(true);
    const marker = findVersion(bucket, 'k', outcome.versionId);
    expect(marker.ok ? undefined : marker.error).toMatchObject({ status: 405, code: 'MethodNotAllowed' });
  });

  it.each([
    { name: 'a missing key is 404 NoSuchKey', key: 'nope', versionId: undefined, code: 'NoSuchKey' },
    {
      name: 'a well-formed unknown version is 404 NoSuchVersion',
      key: 'k',
      versionId: 'A'.repeat(32),
      code: 'NoSuchVersion',
    },
    {
      name: 'a malformed version id is 400 InvalidArgument',
      key: 'k',
      versionId: 'bad id',
      code: 'InvalidArgument',
    },
  ])('$name', ({ key, versionId, code }) => {
    const bucket = bucketWith('Enabled');
    storeVersion(bucket, version('k', 'B'.repeat(32)));
    const read = findVersion(bucket, key, versionId);
    expect(read.ok ? undefined : read.error.code).toBe(code);
  });

  it('a delete in an unversioned bucket removes the key', () => {
    const bucket = bucketWith();
    storeVersion(bucket, version('k', 'null'));
    expect(deleteObject(bucket, 'k', undefined, 1, deps)).toEqual({ deleteMarker: false });
    expect(bucket.objects.has('k')).toBe(false);
  });
});
