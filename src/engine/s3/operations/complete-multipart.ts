/**
 * CompleteMultipartUpload (spec §10): the listed parts, checked by complete-parts.ts, become one
 * object whose ETag is the MD5 of the parts' MD5s with `-N`. No SSE-C headers are needed, and
 * none are returned for an SSE-C upload (LS test_multipart_upload_sse_c). A conditional Complete
 * is judged against the key when it completes (write-conditions.ts). A retried Complete with the
 * same parts answers the first answer again (finished-uploads.ts).
 */
import type { JsonObject } from '../../types.ts';
import type { BucketState, ObjectVersion, StoredChecksum } from '../../world/types.ts';
import { reportsVersions, storeVersion, versionIdForWrite } from '../../world/versions.ts';
import { sameEtag } from '../conditional/etag-match.ts';
import { S3Errors } from '../errors.ts';
import { usesKms } from '../object-keys.ts';
import { type Exchange, touches } from '../pipeline/exchange.ts';
import type { ChoiceRecorder, OperationHandler } from '../pipeline/handler.ts';
import { type ListedPart, matchListedParts, readListedParts } from './complete-parts.ts';
import { keyMaterialData } from './crypto-trace.ts';
import { recentlyFinished, recordFinished } from './finished-uploads.ts';
import { completeChecksumProblem, multipartChecksum, multipartChecksumDetail } from './multipart-checksum.ts';
import { multipartEtag } from './object-meta.ts';
import { storedHeaders } from './put-object.ts';
import { findUpload, isUpload } from './upload-lookup.ts';
import { checkWritePrecondition, recordPreconditionHeld } from './wire-checks.ts';

export const completeMultipartUpload: OperationHandler = {
  choose(x, record) {
    const bucket = x.bucket!;
    const retried = retriedCompletion(x, record, bucket);
    if (retried) return undefined;
    const upload = findUpload(x, record);
    if (!isUpload(upload)) return upload;
    x.upload = upload;
    if (
      upload.keyMaterial.mode === 'SSE-C' &&
      x.customerKey &&
      x.customerKey.keyMd5 !== upload.keyMaterial.keyMd5
    ) {
      return record.fail(
        S3Errors.partParametersMismatch(),
        'A different customer key',
        `The request sends the customer key whose MD5 is ${x.customerKey.keyMd5}, but the upload was started with the key whose MD5 is ${upload.keyMaterial.keyMd5}.`,
        'Send the same customer key as CreateMultipartUpload, or no key headers at all: completing needs none.',
        { uploadKeyMd5: upload.keyMaterial.keyMd5, sentKeyMd5: x.customerKey.keyMd5 },
      );
    }
    const refused = checkWritePrecondition(x, record, upload.key, upload);
    if (refused) return refused;
    record.step(
      'pass',
      `Upload encrypted with ${upload.keyMaterial.mode}`,
      'The object keeps the encryption of its upload; completing needs no key.',
      { uploadId: upload.uploadId, parts: upload.parts.size },
    );
    recordPreconditionHeld(x, record);
    return undefined;
  },
  async apply(x, record) {
    if (!x.upload) {
      record.step('skip', 'Nothing to assemble', 'The object already exists from the first Complete.');
      return undefined;
    }
    const upload = x.upload;
    const listed = readListedParts(x.request.body);
    const parts = Array.isArray(listed) ? matchListedParts(upload, listed) : listed;
    if (!Array.isArray(parts)) {
      return record.fail(parts.failure, `${parts.failure.code}: the part list`, parts.why, parts.remedy, {
        uploadId: upload.uploadId,
      });
    }
    const bucket = x.bucket!;
    const checksum = await multipartChecksum(upload, parts);
    const disowned = completeChecksumProblem(x, upload, checksum);
    if (disowned) {
      return record.fail(
        disowned.failure,
        `${disowned.failure.code}: the object's checksum`,
        disowned.why,
        disowned.remedy,
        {
          uploadId: upload.uploadId,
        },
      );
    }
    const version: ObjectVersion = {
      key: upload.key,
      versionId: versionIdForWrite(bucket, x.world.deps),
      deleteMarker: false,
      lastModifiedMs: x.nowMs,
      etag: multipartEtag(parts.map((part) => part.digest)),
      size: parts.reduce((sum, part) => sum + part.size, 0),
      contentType: upload.contentType,
      metadata: upload.metadata,
      keyMaterial: upload.keyMaterial,
      parts: parts.map((part) => part.segments),
      partNumbers: parts.map((part) => part.partNumber),
      partSizes: parts.map((part) => part.size),
      multipart: true,
      uploadId: upload.uploadId,
      sseApplied: upload.sseApplied,
      ...(upload.contextHeader ? { contextHeader: upload.contextHeader } : {}),
      ...(checksum ? { checksum } : {}),
      ...(upload.checksumAlgorithm ? { partChecksums: parts.flatMap((part) => part.checksum ?? []) } : {}),
    };
    storeVersion(bucket, version);
    bucket.uploads.delete(upload.uploadId);
    const location = `https://${bucket.name}.s3.${bucket.region}.amazonaws.com/${encodeURIComponent(upload.key)}`;
    recordFinished(bucket, {
      uploadId: upload.uploadId,
      key: upload.key,
      finishedMs: x.nowMs,
      how: 'completed',
      parts: parts.map((part) => ({ partNumber: part.partNumber, etag: part.etag })),
      result: {
        etag: version.etag,
        versionId: version.versionId,
        location,
        ...(checksum && !usesKms(upload.keyMaterial) ? { checksum } : {}),
      },
    });
    record.step('pass', `Assembled ${parts.length} parts`, assembledDetail(checksum), {
      ...keyMaterialData(upload.keyMaterial),
      parts: parts.length,
      etag: version.etag,
      size: version.size,
      versionId: version.versionId,
      ...(checksum ? { checksum: { ...checksum } } : {}),
    });
    x.answer = {
      status: 200,
      headers: storedHeaders(bucket, version, false),
      body: completeBody(
        bucket,
        upload.key,
        version.etag,
        location,
        usesKms(upload.keyMaterial) ? undefined : checksum,
      ),
    };
    return undefined;
  },
};

function assembledDetail(checksum: StoredChecksum | undefined): string {
  const base = 'The parts stay encrypted as uploaded; S3 joins them into one object.';
  if (!checksum) return base;
  return `${base} ${multipartChecksumDetail(checksum)}`;
}

/**
 * The CLI's output shape; CompleteMultipartUpload omits checksum fields for KMS-encrypted objects
 * although it stores them (LS complete_multipart_upload, recorded against AWS).
 */
function completeBody(
  bucket: BucketState,
  key: string,
  etag: string,
  location: string,
  checksum: StoredChecksum | undefined,
): JsonObject {
  return {
    Location: location,
    Bucket: bucket.name,
    Key: key,
    ETag: etag,
    ...(checksum ? { [`Checksum${checksum.algorithm}`]: checksum.value, ChecksumType: checksum.type } : {}),
  };
}

/** A Complete of an upload completed moments ago with the same parts answers the same (200). */
function retriedCompletion(x: Exchange, record: ChoiceRecorder, bucket: BucketState): boolean {
  const uploadId = x.request.query.uploadId ?? '';
  if (bucket.uploads.has(uploadId)) return false;
  const finished = recentlyFinished(bucket, uploadId, x.request.key ?? '', x.nowMs);
  if (finished?.how !== 'completed' || !finished.result || !finished.parts) return false;
  const listed = readListedParts(x.request.body);
  if (!Array.isArray(listed) || !sameParts(listed, finished.parts)) return false;
  const { result } = finished;
  touches(x, 'finished-upload-window');
  record.step(
    'pass',
    'Upload already completed with these parts',
    'S3 completed this upload moments ago with the same parts, so a retried Complete gets the same answer and changes nothing.',
    { uploadId, etag: result.etag },
  );
  x.answer = {
    status: 200,
    headers:
      reportsVersions(bucket) && bucket.versioning === 'Enabled'
        ? { 'x-amz-version-id': result.versionId }
        : {},
    body: completeBody(bucket, finished.key, result.etag, result.location, result.checksum),
  };
  return true;
}

const sameParts = (listed: ListedPart[], parts: { partNumber: number; etag: string }[]) =>
  listed.length === parts.length &&
  listed.every(
    (entry, i) => entry.partNumber === parts[i]?.partNumber && sameEtag(entry.etag, parts[i]?.etag ?? ''),
  );
