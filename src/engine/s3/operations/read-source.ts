/**
 * Stage 6 for reads and copy sources: find the stored version, then match the request's SSE-C
 * headers to how it was stored (spec §4.4): an SSE-C object needs the key headers, and key headers
 * on an object that is not SSE-C are "not applicable".
 */
import type { JsonObject } from '../../types.ts';
import type { BucketState } from '../../world/types.ts';
import { findVersion } from '../../world/versions.ts';
import type { CustomerKey } from '../customer-key.ts';
import { S3Errors } from '../errors.ts';
import { type Exchange, fail, type StageVerdict, type StoredSource } from '../pipeline/exchange.ts';

export interface ReadTarget {
  bucket: BucketState;
  key: string;
  versionId?: string;
  customerKey?: CustomerKey;
  /** "object" or "copy source", for the trace. */
  what: string;
}

export function findSource(x: Exchange, target: ReadTarget): StoredSource | StageVerdict {
  const found = findVersion(target.bucket, target.key, target.versionId);
  if (!found.ok) {
    return fail(
      x,
      'encryption-choice',
      found.error,
      `No such ${target.what}`,
      `S3 found no ${target.versionId ? `version ${target.versionId} of ` : ''}${target.bucket.name}/${target.key} to read (${found.error.message})`,
      {
        bucket: target.bucket.name,
        key: target.key,
        ...(target.versionId ? { versionId: target.versionId } : {}),
      },
    );
  }
  const version = found.value;
  const storedSseC = version.keyMaterial?.mode === 'SSE-C';
  const data: JsonObject = { storedMode: version.keyMaterial?.mode ?? null, versionId: version.versionId };
  if (storedSseC && !target.customerKey) {
    return fail(
      x,
      'encryption-choice',
      S3Errors.storedEncrypted(),
      `The ${target.what} is SSE-C and no key was given`,
      `S3 keeps no copy of a customer key, so reading an SSE-C ${target.what} needs the same three SSE-C headers used to write it${target.what === 'copy source' ? ' (as x-amz-copy-source-server-side-encryption-customer-*)' : ''}.`,
      data,
    );
  }
  if (!storedSseC && target.customerKey) {
    return fail(
      x,
      'encryption-choice',
      S3Errors.parametersNotApplicable(),
      `The ${target.what} is not SSE-C`,
      `The ${target.what} is stored with ${version.keyMaterial?.mode ?? 'no encryption'}; customer-key headers apply only to SSE-C objects. Remove them.`,
      data,
    );
  }
  return { bucket: target.bucket, version };
}

export const isStoredSource = (value: StoredSource | StageVerdict): value is StoredSource =>
  value !== undefined && 'version' in value;

export function describeStored(source: StoredSource): JsonObject {
  const stored = source.version.keyMaterial;
  const data: JsonObject = {
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
