/**
 * PutObject: encrypt the body with the chosen mode's data key(s) and store a new version
 * (spec §1.1, §2.2, §4.2).
 */

import type { JsonObject } from '../../types.ts';
import type { BucketState, ObjectVersion, PendingChecksum, StoredChecksum } from '../../world/types.ts';
import { reportsVersions, storeVersion, versionIdForWrite } from '../../world/versions.ts';
import { postSuccessStatus } from '../auth/post-policy.ts';
import { checksumResponseHeaders } from '../integrity/checksum-value.ts';
import { claimsDigest, pendingDefaultChecksum } from '../integrity/default-checksum.ts';
import { cancelledBeforeCommit, type Exchange, objectKey, type StageVerdict } from '../pipeline/exchange.ts';
import type { CryptoRecorder, OperationHandler } from '../pipeline/handler.ts';
import { sseResponseHeaders } from '../sse-response-headers.ts';
import { writeCryptoData } from './crypto-trace.ts';
import { failKeyOpening } from './key-failure.ts';
import { encryptPart, newKeyFor, requestBytes } from './object-bytes.ts';
import { contentTypeOf, etagDigest, quoted, userMetadata } from './object-meta.ts';
import { checkBody, checkWritePrecondition, recordBodyMatch, recordPreconditionHeld } from './wire-checks.ts';
import { planWrite, recordWritePlan } from './write-plan.ts';

export const putObject: OperationHandler = {
  choose(x, record) {
    const bucket = x.bucket!;
    const refused = checkWritePrecondition(x, record, objectKey(x));
    if (refused) return refused;
    x.write = planWrite(x, bucket);
    recordWritePlan(x, record, x.write, bucket);
    recordPreconditionHeld(x, record);
    return undefined;
  },
  async apply(x, record) {
    const bucket = x.bucket!;
    const plaintext = requestBytes(x);
    // A checksum or Content-MD5 is compared before anything is stored. Without a checksum, S3's
    // own CRC64NVME is stored pending, computed when a read first asks for it (default-checksum.ts).
    const claimed = claimsDigest(x.integrity);
    const body = claimed ? await checkBody(x, record, plaintext, undefined) : { compared: [] };
    if (!('compared' in body)) return body;
    const stored = await storeNewObject(x, record, bucket, objectKey(x), plaintext, {
      contentType: contentTypeOf(x.headers),
      metadata: userMetadata(x.headers),
      checksum: body.checksum ?? pendingDefaultChecksum(),
    });
    if (!('versionId' in stored)) return stored;
    recordBodyMatch(record, body);
    // The write echoes only a checksum the request sent (LS put_object).
    const echoed = x.integrity?.checksum ? checksumResponseHeaders(body.checksum) : {};
    // A browser POST answers 204 unless the form asks for 200 or 201 (success_action_status).
    const status = x.request.authType === 'POST' ? postSuccessStatus(x) : 200;
    x.answer = { status, headers: { etag: stored.etag, ...storedHeaders(bucket, stored), ...echoed } };
    return undefined;
  },
};

/** Encrypts `plaintext` under the planned key and stores it as the new current version. */
export async function storeNewObject(
  x: Exchange,
  record: CryptoRecorder,
  bucket: BucketState,
  key: string,
  plaintext: Uint8Array<ArrayBuffer>,
  meta: {
    contentType: string;
    metadata: Record<string, string>;
    /** The checksum to store: one the request sent or a copy computed, or S3's own, pending. */
    checksum?: StoredChecksum | PendingChecksum;
  },
  /** More for the crypto step, e.g. how a copy's source was opened. */
  extra: JsonObject = {},
): Promise<ObjectVersion | Exclude<StageVerdict, undefined>> {
  const plan = x.write;
  if (!plan) throw new Error('a write needs a plan');
  const keys = await newKeyFor(x, { bucket: bucket.name, key }, plan);
  if (!keys.ok) return failKeyOpening(record, keys.error, 'Could not make the data key', undefined);
  // The version id comes first: the segments are bound to it (SegmentPlace).
  const versionId = versionIdForWrite(bucket, x.world.deps);
  const place = { bucket: bucket.name, key, objectId: versionId, partNumber: 1 };
  const segments = await encryptPart(x, keys.value.dataKeys, plaintext, place);
  const checksum = meta.checksum;
  const version: ObjectVersion = {
    key,
    versionId,
    deleteMarker: false,
    lastModifiedMs: x.nowMs,
    etag: quoted(etagDigest(keys.value.stored, plaintext, segments)),
    size: plaintext.length,
    contentType: meta.contentType,
    metadata: meta.metadata,
    keyMaterial: keys.value.stored,
    parts: [segments],
    partNumbers: [1],
    partSizes: [plaintext.length],
    multipart: false,
    sseApplied: plan.applied,
    ...(checksum ? { checksum } : {}),
    ...(plan.mode !== 'SSE-S3' && plan.mode !== 'SSE-C' && plan.contextHeader
      ? { contextHeader: plan.contextHeader }
      : {}),
  };
  const cancelled = await cancelledBeforeCommit(x);
  if (cancelled) return cancelled;
  storeVersion(bucket, version);
  record.step(
    'pass',
    `Encrypted ${plaintext.length} bytes with AES-256-GCM`,
    cryptoDetail(version),
    writeCryptoData(keys.value.stored, segments, {
      ...extra,
      versionId: version.versionId,
      etag: version.etag,
    }),
  );
  return version;
}

function cryptoDetail(version: ObjectVersion): string {
  const mode = version.keyMaterial?.mode;
  const stored =
    mode === 'SSE-C'
      ? 'S3 stored the ciphertext and a salted HMAC of the customer key, never the key itself.'
      : 'S3 stored the ciphertext next to the wrapped data key.';
  return `${stored} ${version.versionId === 'null' ? 'The bucket is not versioned: this replaced any earlier object.' : `New version ${version.versionId}.`}`;
}

/**
 * The headers a write answers besides ETag: the SSE headers of what was stored (CompleteMultipartUpload
 * of an SSE-C upload sends none, spec §8) and the new version id in a versioning-enabled bucket.
 * CopyObject and CompleteMultipartUpload carry the ETag in their body, not as a header.
 */
export function storedHeaders(
  bucket: BucketState,
  version: ObjectVersion,
  withSseC = true,
): Record<string, string> {
  const sse =
    version.keyMaterial?.mode === 'SSE-C' && !withSseC
      ? {}
      : sseResponseHeaders(version.keyMaterial, version.contextHeader);
  return {
    ...sse,
    ...(reportsVersions(bucket) && bucket.versioning === 'Enabled'
      ? { 'x-amz-version-id': version.versionId }
      : {}),
  };
}
