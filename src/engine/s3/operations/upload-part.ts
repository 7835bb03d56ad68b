/**
 * UploadPart and UploadPartCopy (spec §10): encrypt the part with the upload's data key and a
 * fresh IV. KMS uploads need kms:Decrypt for every part (MODEL UploadPart).
 */
import { toBase64 } from '../../crypto/bytes.ts';
import { checksumDigest } from '../../crypto/checksums.ts';
import type { MultipartUpload, StoredChecksum } from '../../world/types.ts';
import { H } from '../header-bag.ts';
import { checksumHeader } from '../integrity/checksum-value.ts';
import { type Exchange, objectKey, type StageVerdict } from '../pipeline/exchange.ts';
import type { ChoiceRecorder, CryptoRecorder, OperationHandler } from '../pipeline/handler.ts';
import { sseResponseHeaders } from '../sse-response-headers.ts';
import { WireErrors } from '../wire-errors.ts';
import { readCopySourceRange } from './copy-source-range.ts';
import { decryptCopySource, findCopySource } from './copy-source-read.ts';
import { writeCryptoData } from './crypto-trace.ts';
import { failKeyOpening } from './key-failure.ts';
import { encryptPart, keysFor, requestBytes } from './object-bytes.ts';
import { etagDigest, isoDate, quoted } from './object-meta.ts';
import { describeStored, isStoredSource } from './read-source.ts';
import { findUpload, isUpload, partKeyProblem } from './upload-lookup.ts';
import { checkBody, recordBodyMatch } from './wire-checks.ts';

/** UploadPart echoes the checksum it checked, without a type (a part has no checksum type). */
const partChecksumHeaders = (checksum: StoredChecksum | undefined) =>
  checksum ? { [checksumHeader(checksum.algorithm)]: checksum.value } : {};

/**
 * An upload created with x-amz-checksum-algorithm takes parts with that checksum only (SWIFT
 * test_mpu_upload_part_requires_checksum, test_mpu_upload_part_wrong_checksum).
 */
function partChecksumProblem(x: Exchange, record: ChoiceRecorder, upload: MultipartUpload): StageVerdict {
  const expected = upload.checksumAlgorithm;
  const sent = x.integrity?.checksum?.algorithm;
  if (!expected || sent === expected) return undefined;
  return record.fail(
    WireErrors.partChecksumTypeMismatch(expected, sent),
    'Part checksum does not match the upload',
    `CreateMultipartUpload asked for ${expected} checksums, and this part carries ${sent ? `a ${sent} checksum` : 'no checksum'}.`,
    `Send ${checksumHeader(expected)} with the ${expected} of this part's bytes.`,
    { uploadChecksumAlgorithm: expected, ...(sent ? { sentChecksumAlgorithm: sent } : {}) },
  );
}

function chooseUpload(x: Exchange, record: ChoiceRecorder): StageVerdict {
  const upload = findUpload(x, record);
  if (!isUpload(upload)) return upload;
  x.upload = upload;
  return partKeyProblem(x, record, upload);
}

async function storePart(
  x: Exchange,
  record: CryptoRecorder,
  upload: MultipartUpload,
  plaintext: Uint8Array<ArrayBuffer>,
  checksum: StoredChecksum | undefined,
): Promise<StageVerdict | string> {
  const keys = await keysFor(
    x,
    { bucket: x.request.bucket, key: objectKey(x) },
    upload.keyMaterial,
    x.uploadKeys,
    x.customerKey,
  );
  if (!keys.ok)
    return failKeyOpening(
      record,
      keys.error,
      "The upload's key could not be opened",
      upload.keyMaterial,
      x.customerKey,
    );
  const partNumber = Number(x.request.query.partNumber);
  // A part is bound to its upload: its object's version id does not exist before completion.
  const place = { bucket: x.request.bucket, key: objectKey(x), objectId: upload.uploadId, partNumber };
  const segments = await encryptPart(x, keys.value, plaintext, place);
  const digest = etagDigest(upload.keyMaterial, plaintext, segments);
  const etag = quoted(digest);
  upload.parts.set(partNumber, {
    partNumber,
    etag,
    size: plaintext.length,
    lastModifiedMs: x.nowMs,
    digest,
    segments,
    ...(checksum ? { checksum } : {}),
  });
  record.step(
    'pass',
    `Part ${partNumber}: ${plaintext.length} bytes encrypted`,
    "The part uses the upload's data key with its own IV.",
    { partNumber, ...writeCryptoData(upload.keyMaterial, segments), etag },
  );
  return etag;
}

export const uploadPart: OperationHandler = {
  choose(x, record) {
    const problem = chooseUpload(x, record) ?? partChecksumProblem(x, record, x.upload!);
    if (problem) return problem;
    record.step(
      'pass',
      `Upload encrypted with ${x.upload!.keyMaterial.mode}`,
      'Parts reuse the encryption chosen by CreateMultipartUpload.',
      {
        uploadId: x.upload!.uploadId,
        mode: x.upload!.keyMaterial.mode,
      },
    );
    return undefined;
  },
  async apply(x, record) {
    const upload = x.upload!;
    const plaintext = requestBytes(x);
    const body = await checkBody(x, record, plaintext, undefined);
    if (!('compared' in body)) return body;
    const etag = await storePart(x, record, upload, plaintext, body.checksum);
    if (typeof etag !== 'string') return etag;
    recordBodyMatch(record, body);
    x.answer = {
      status: 200,
      headers: { etag, ...sseResponseHeaders(upload.keyMaterial), ...partChecksumHeaders(body.checksum) },
    };
    return undefined;
  },
};

export const uploadPartCopy: OperationHandler = {
  choose(x, record) {
    const problem = chooseUpload(x, record);
    if (problem) return problem;
    const source = findCopySource(x, record);
    if (!isStoredSource(source)) return source;
    x.source = source;
    const header = x.headers.get(H.copySourceRange);
    const range = readCopySourceRange(header, source.version.size);
    if (range.kind === 'refused') {
      return record.fail(
        range.failure,
        'Invalid copy range',
        range.why,
        `Send bytes=first-last with 0 <= first <= last <= ${source.version.size - 1}, or leave the header out to copy the whole source.`,
        { sent: header ?? '', sourceSize: source.version.size },
      );
    }
    x.copyRange = range;
    record.step(
      'pass',
      `Copy into an upload encrypted with ${x.upload!.keyMaterial.mode}`,
      "The source is decrypted with its own key and re-encrypted with the upload's.",
      {
        source: describeStored(source),
        uploadMode: x.upload!.keyMaterial.mode,
      },
    );
    return undefined;
  },
  async apply(x, record) {
    const { bucket, version } = x.source!;
    const plain = await decryptCopySource(x, record);
    if (!plain.ok) return plain.error;
    const range = x.copyRange ?? { kind: 'whole' };
    const bytes = range.kind === 'range' ? plain.value.subarray(range.start, range.end + 1) : plain.value;
    const algorithm = x.upload!.checksumAlgorithm;
    const checksum: StoredChecksum | undefined = algorithm
      ? { algorithm, value: toBase64(await checksumDigest(algorithm, bytes)), type: 'FULL_OBJECT' }
      : undefined;
    const etag = await storePart(x, record, x.upload!, bytes, checksum);
    if (typeof etag !== 'string') return etag;
    x.answer = {
      status: 200,
      headers: {
        ...sseResponseHeaders(x.upload!.keyMaterial),
        ...(bucket.versioning !== undefined ? { 'x-amz-copy-source-version-id': version.versionId } : {}),
      },
      body: { CopyPartResult: { ETag: etag, LastModified: isoDate(x.nowMs) } },
    };
    return undefined;
  },
};
