/**
 * CompleteMultipartUpload (spec §10): the listed parts (default: all uploaded parts) become one
 * object whose ETag is the MD5 of the parts' MD5s with `-N`. No SSE-C headers are needed, and
 * none are returned for an SSE-C upload (LS test_multipart_upload_sse_c).
 */
import { isJsonObject } from '../../json.ts';
import type { JsonValue } from '../../types.ts';
import type { MultipartUpload, ObjectVersion, UploadedPart } from '../../world/types.ts';
import { storeVersion, versionIdForWrite } from '../../world/versions.ts';
import { S3Errors } from '../errors.ts';
import { failure } from '../failure.ts';
import { type Exchange, fail, type StageVerdict, step } from '../pipeline/exchange.ts';
import type { OperationHandler } from '../pipeline/handler.ts';
import { keyMaterialData } from './crypto-trace.ts';
import { multipartEtag } from './object-meta.ts';
import { storedHeaders } from './put-object.ts';
import { findUpload, isUpload } from './upload-lookup.ts';

const MIN_PART_SIZE = 5 * 1024 * 1024;

export const completeMultipartUpload: OperationHandler = {
  choose(x) {
    const upload = findUpload(x);
    if (!isUpload(upload)) return upload;
    x.upload = upload;
    if (
      upload.keyMaterial.mode === 'SSE-C' &&
      x.customerKey &&
      x.customerKey.keyMd5 !== upload.keyMaterial.keyMd5
    ) {
      return fail(
        x,
        'encryption-choice',
        S3Errors.partParametersMismatch(),
        'A different customer key',
        `The request sends the customer key whose MD5 is ${x.customerKey.keyMd5}, but the upload was started with the key whose MD5 is ${upload.keyMaterial.keyMd5}.`,
        'Send the same customer key as CreateMultipartUpload, or no key headers at all: completing needs none.',
        { uploadKeyMd5: upload.keyMaterial.keyMd5, sentKeyMd5: x.customerKey.keyMd5 },
      );
    }
    step(
      x,
      'encryption-choice',
      'pass',
      `Upload encrypted with ${upload.keyMaterial.mode}`,
      'The object keeps the encryption of its upload; completing needs no key.',
      {
        uploadId: upload.uploadId,
        parts: upload.parts.size,
      },
    );
    return undefined;
  },
  apply(x) {
    const upload = x.upload!;
    const parts = selectParts(x, upload);
    if (!Array.isArray(parts)) return parts;
    const bucket = x.bucket!;
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
    };
    storeVersion(bucket, version);
    bucket.uploads.delete(upload.uploadId);
    step(
      x,
      'crypto',
      'pass',
      `Assembled ${parts.length} parts`,
      'The parts stay encrypted as uploaded; S3 joins them into one object.',
      {
        ...keyMaterialData(upload.keyMaterial),
        parts: parts.length,
        etag: version.etag,
        size: version.size,
        versionId: version.versionId,
      },
    );
    x.answer = {
      status: 200,
      headers: storedHeaders(bucket, version, false),
      body: {
        Location: `https://${bucket.name}.s3.${bucket.region}.amazonaws.com/${encodeURIComponent(upload.key)}`,
        Bucket: bucket.name,
        Key: upload.key,
        ETag: version.etag,
      },
    };
    return undefined;
  },
};

function requestedParts(x: Exchange, upload: MultipartUpload): number[] | undefined {
  const body = x.request.body;
  const listed = body && !(body instanceof Uint8Array) ? (body.Parts as JsonValue) : undefined;
  if (!Array.isArray(listed)) return [...upload.parts.keys()].sort((a, b) => a - b);
  const numbers: number[] = [];
  for (const entry of listed) {
    const number = isJsonObject(entry) ? entry.PartNumber : undefined;
    if (typeof number !== 'number') return undefined;
    numbers.push(number);
  }
  return numbers;
}

function selectParts(x: Exchange, upload: MultipartUpload): UploadedPart[] | StageVerdict {
  const numbers = requestedParts(x, upload);
  if (!numbers || numbers.length === 0) {
    return fail(
      x,
      'crypto',
      S3Errors.malformedXml(),
      'No parts to complete',
      'The request lists no parts, and there is no uploaded part to complete with.',
      'Upload at least one part (UploadPart), then complete with the part numbers and ETags it returned.',
    );
  }
  const parts: UploadedPart[] = [];
  for (const [index, number] of numbers.entries()) {
    const part = upload.parts.get(number);
    if (!part) {
      const missing = failure(
        400,
        'InvalidPart',
        "One or more of the specified parts could not be found.  The part may not have been uploaded, or the specified entity tag may not have matched the part's entity tag.",
        {
          UploadId: upload.uploadId,
          PartNumber: String(number),
        },
      );
      return fail(
        x,
        'crypto',
        missing,
        `Part ${number} was not uploaded`,
        `The request lists part ${number}, but the upload has ${upload.parts.size === 0 ? 'no parts' : `parts ${[...upload.parts.keys()].sort((a, b) => a - b).join(', ')}`}.`,
        'List only parts that were uploaded, or upload the missing part first.',
      );
    }
    if (index > 0 && number <= (numbers[index - 1] ?? 0)) {
      const order = failure(
        400,
        'InvalidPartOrder',
        'The list of parts was not in ascending order. Parts must be ordered by part number.',
        { UploadId: upload.uploadId },
      );
      return fail(
        x,
        'crypto',
        order,
        'Parts out of order',
        `Part ${number} is listed after part ${numbers[index - 1]}; S3 needs ascending part numbers.`,
        'List the parts in ascending part-number order.',
      );
    }
    parts.push(part);
  }
  const small = parts.slice(0, -1).find((part) => part.size < MIN_PART_SIZE);
  if (small) {
    const tooSmall = failure(
      400,
      'EntityTooSmall',
      'Your proposed upload is smaller than the minimum allowed object size.',
      {
        ProposedSize: String(small.size),
        MinSizeAllowed: String(MIN_PART_SIZE),
        PartNumber: String(small.partNumber),
        ETag: small.etag.replaceAll('"', ''),
      },
    );
    return fail(
      x,
      'crypto',
      tooSmall,
      `Part ${small.partNumber} is under 5 MiB`,
      `Part ${small.partNumber} holds ${small.size} bytes; every part but the last must be at least 5 MiB (${MIN_PART_SIZE} bytes).`,
      'Upload that part again with at least 5 MiB, or make it the last part.',
    );
  }
  return parts;
}
