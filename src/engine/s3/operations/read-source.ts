/**
 * Stage 6 for reads and copy sources: find the stored version, then match the request's SSE-C
 * headers to how it was stored (spec §4.4): an SSE-C object needs the key headers, and key headers
 * on an object that is not SSE-C are "not applicable".
 */

import type { StoredKeyMaterial } from '../../modes/types.ts';
import type { StoredObjectData } from '../../trace/index.ts';
import type { JsonObject } from '../../types.ts';
import type { BucketState } from '../../world/types.ts';
import { findVersion } from '../../world/versions.ts';
import type { CustomerKey } from '../customer-key.ts';
import { S3Errors } from '../errors.ts';
import type { S3Failure } from '../failure.ts';
import type { StageVerdict, StoredSource } from '../pipeline/exchange.ts';
import type { ChoiceRecorder } from '../pipeline/handler.ts';

export interface ReadTarget {
  bucket: BucketState;
  key: string;
  versionId?: string;
  customerKey?: CustomerKey;
  /** "object" or "copy source", for the trace. */
  what: string;
  /** Another answer for a missing object, when the caller has one (missing-key.ts); undefined keeps S3's 404. */
  onMissing?: (error: S3Failure) => StageVerdict;
}

export function findSource(record: ChoiceRecorder, target: ReadTarget): StoredSource | StageVerdict {
  const found = findVersion(target.bucket, target.key, target.versionId);
  if (!found.ok) {
    const instead = target.onMissing?.(found.error);
    if (instead) return instead;
    return record.fail(found.error, `No such ${target.what}`, ...explainMissing(target, found.error), {
      bucket: target.bucket.name,
      key: target.key,
      ...(target.versionId ? { versionId: target.versionId } : {}),
    });
  }
  const version = found.value;
  const storedSseC = version.keyMaterial?.mode === 'SSE-C';
  const data: JsonObject = { storedMode: version.keyMaterial?.mode ?? null, versionId: version.versionId };
  if (storedSseC && !target.customerKey) {
    return record.fail(
      S3Errors.storedEncrypted(),
      `The ${target.what} is SSE-C and no key was given`,
      `The ${target.what} was written with SSE-C, and S3 keeps no copy of a customer key: without the key headers it cannot decrypt, or even show the metadata.`,
      target.what === 'copy source'
        ? `Send x-amz-copy-source-server-side-encryption-customer-algorithm, -key and -key-MD5 with the key whose MD5 is ${storedMd5(version)}.`
        : `Send the three SSE-C headers (algorithm, key, key-MD5) with the key whose MD5 is ${storedMd5(version)}.`,
      data,
    );
  }
  if (!storedSseC && target.customerKey) {
    return record.fail(
      S3Errors.parametersNotApplicable(),
      `The ${target.what} is not SSE-C`,
      `The ${target.what} is stored with ${version.keyMaterial?.mode ?? 'no encryption'}; customer-key headers apply only to SSE-C objects, so S3 refuses them.`,
      `Remove the ${target.what === 'copy source' ? 'x-amz-copy-source-server-side-encryption-customer-*' : 'x-amz-server-side-encryption-customer-*'} headers.`,
      data,
    );
  }
  return { bucket: target.bucket, version };
}

export const isStoredSource = (value: StoredSource | StageVerdict): value is StoredSource =>
  value !== undefined && 'version' in value;

export function describeStored(source: StoredSource): StoredObjectData {
  const stored = source.version.keyMaterial;
  const data: StoredObjectData = {
    bucket: source.bucket.name,
    key: source.version.key,
    versionId: source.version.versionId,
    mode: stored?.mode ?? null,
  };
  if (stored && 'keyArn' in stored) data.keyArn = stored.keyArn;
  if (stored?.mode === 'SSE-KMS') data.bucketKey = stored.bucketKey;
  if (stored?.mode === 'SSE-C') data.customerKeyMd5 = stored.keyMd5;
  return data;
}

const storedMd5 = (version: { keyMaterial?: StoredKeyMaterial }) =>
  version.keyMaterial?.mode === 'SSE-C' ? version.keyMaterial.keyMd5 : '';

/** NoSuchKey (also for a delete marker), NoSuchVersion, a malformed version id (spec §1.2, §11). */
function explainMissing(target: ReadTarget, error: S3Failure): [why: string, remedy: string] {
  const name = `${target.bucket.name}/${target.key}`;
  if (error.headers?.['x-amz-delete-marker']) {
    return [
      `The current version of ${name} is a delete marker: the object was deleted in a versioned bucket.`,
      'Read an earlier version with ?versionId=..., or delete the delete marker to restore the object.',
    ];
  }
  if (error.code === 'NoSuchKey') {
    const keys = [...target.bucket.objects.keys()].slice(0, 5);
    const existing = keys.length > 0 ? `: ${keys.join(', ')}` : '';
    return [
      `No object named "${target.key}" exists in bucket ${target.bucket.name}.`,
      `Write it first, or name an existing key (keys are case-sensitive)${existing}.`,
    ];
  }
  if (error.code === 'NoSuchVersion') {
    return [
      `${name} has no version ${target.versionId ?? ''}.`,
      'Name a version id S3 returned for this object (x-amz-version-id), or leave versionId out to read the current one.',
    ];
  }
  return [
    `S3 cannot read version ${JSON.stringify(target.versionId ?? '')} of ${name}: ${error.message}.`,
    'Use a version id S3 returned (x-amz-version-id), or "null" for an object written before versioning.',
  ];
}
