/**
 * Object versions as S3 keeps them (UG "Working with objects in a versioning-enabled bucket"):
 * with versioning on, each write adds a version and DELETE adds a delete marker; without it (or
 * suspended), writes replace the `null` version.
 */
import type { EngineDeps } from '../deps.ts';
import { err, ok, type Result } from '../result.ts';
import { S3Errors } from '../s3/errors.ts';
import type { S3Failure } from '../s3/failure.ts';
import type { BucketState, ObjectVersion } from './types.ts';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._';

/** 32 URL-safe characters, like the opaque ids S3 returns. */
function newVersionId(deps: EngineDeps): string {
  return Array.from(deps.randomBytes(32), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

export function versionIdForWrite(bucket: BucketState, deps: EngineDeps): string {
  return bucket.versioning === 'Enabled' ? newVersionId(deps) : 'null';
}

/** Versions are reported (x-amz-version-id) once versioning has ever been set on the bucket. */
export const reportsVersions = (bucket: BucketState) => bucket.versioning !== undefined;

export function storeVersion(bucket: BucketState, version: ObjectVersion): void {
  noteKeyChanged(bucket, version.key);
  const versions = bucket.objects.get(version.key) ?? [];
  const kept = version.versionId === 'null' ? versions.filter((v) => v.versionId !== 'null') : versions;
  bucket.objects.set(version.key, [...kept, version]);
}

export function currentVersion(bucket: BucketState, key: string): ObjectVersion | undefined {
  const versions = bucket.objects.get(key);
  return versions?.[versions.length - 1];
}

const deleteMarkerHeaders = (version: ObjectVersion) => ({
  'x-amz-delete-marker': 'true',
  'x-amz-version-id': version.versionId,
});

/** The version a read names: the current one, or `versionId`; delete markers answer as S3 does. */
export function findVersion(
  bucket: BucketState,
  key: string,
  versionId: string | undefined,
): Result<ObjectVersion, S3Failure> {
  const versions = bucket.objects.get(key) ?? [];
  if (versionId === undefined) {
    const current = versions[versions.length - 1];
    if (!current) return err(S3Errors.noSuchKey(key));
    if (current.deleteMarker)
      return err({ ...S3Errors.noSuchKey(key), headers: deleteMarkerHeaders(current) });
    return ok(current);
  }
  if (versionId === '') return err(S3Errors.invalidVersionId(versionId));
  const found = versions.find((v) => v.versionId === versionId);
  if (!found) {
    if (versionId !== 'null' && !/^[A-Za-z0-9._]{32}$/.test(versionId))
      return err(S3Errors.invalidVersionId(versionId));
    return err(S3Errors.noSuchVersion(key, versionId));
  }
  if (found.deleteMarker) return err({ ...S3Errors.methodNotAllowed(), headers: deleteMarkerHeaders(found) });
  return ok(found);
}

export interface DeleteOutcome {
  deleteMarker: boolean;
  versionId?: string;
}

/**
 * Uploads of a key in flight see every write and delete of it: a conditional Complete then
 * conflicts (API CompleteMultipartUpload IfNoneMatch: "If a conflicting operation occurs during
 * the upload S3 returns a 409 ConditionalRequestConflict").
 */
function noteKeyChanged(bucket: BucketState, key: string): void {
  for (const upload of bucket.uploads.values()) if (upload.key === key) upload.keyChangedDuringUpload = true;
}

/** DeleteObject: a marker in a versioned bucket, the permanent removal of a named version, or removal. */
export function deleteObject(
  bucket: BucketState,
  key: string,
  versionId: string | undefined,
  nowMs: number,
  deps: EngineDeps,
): DeleteOutcome {
  const versions = bucket.objects.get(key) ?? [];
  if (versions.length > 0) noteKeyChanged(bucket, key);
  if (versionId !== undefined) {
    const removed = versions.find((v) => v.versionId === versionId);
    bucket.objects.set(
      key,
      versions.filter((v) => v.versionId !== versionId),
    );
    return { deleteMarker: removed?.deleteMarker === true, versionId };
  }
  if (bucket.versioning === undefined) {
    bucket.objects.delete(key);
    return { deleteMarker: false };
  }
  const marker: ObjectVersion = {
    key,
    versionId: versionIdForWrite(bucket, deps),
    deleteMarker: true,
    lastModifiedMs: nowMs,
    etag: '',
    size: 0,
    contentType: '',
    metadata: {},
    parts: [],
    partNumbers: [],
    partSizes: [],
    multipart: false,
  };
  storeVersion(bucket, marker);
  return { deleteMarker: true, versionId: marker.versionId };
}
