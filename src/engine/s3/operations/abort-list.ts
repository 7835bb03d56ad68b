/**
 * AbortMultipartUpload (204, the parts are discarded; again 204 for a while after a Complete or an
 * Abort, finished-uploads.ts) and ListParts (no SSE-C key needed, spec §10).
 */
import { type Exchange, type StageVerdict, touches } from '../pipeline/exchange.ts';
import type { ChoiceRecorder, OperationHandler } from '../pipeline/handler.ts';
import { recentlyFinished, recordFinished } from './finished-uploads.ts';
import { isoDate } from './object-meta.ts';
import { findUpload, isUpload } from './upload-lookup.ts';

function chooseUpload(x: Exchange, record: ChoiceRecorder): StageVerdict {
  const upload = findUpload(x, record);
  if (!isUpload(upload)) return upload;
  x.upload = upload;
  record.step('skip', 'Upload found', 'Listing or aborting parts decrypts nothing.', {
    uploadId: upload.uploadId,
  });
  return undefined;
}

export const abortMultipartUpload: OperationHandler = {
  choose(x, record) {
    const finished = recentlyFinished(
      x.bucket!,
      x.request.query.uploadId ?? '',
      x.request.key ?? '',
      x.nowMs,
    );
    if (finished) {
      touches(x, 'finished-upload-window');
      record.step(
        'skip',
        `Upload already ${finished.how}`,
        `The upload was ${finished.how} less than 24 hours ago: S3 still answers 204 to an abort for a while, and 404 NoSuchUpload later.`,
        { uploadId: finished.uploadId, finished: finished.how },
      );
      return undefined;
    }
    return chooseUpload(x, record);
  },
  apply(x, record) {
    const upload = x.upload;
    if (upload) {
      x.bucket!.uploads.delete(upload.uploadId);
      recordFinished(x.bucket!, {
        uploadId: upload.uploadId,
        key: upload.key,
        finishedMs: x.nowMs,
        how: 'aborted',
      });
    }
    record.step(
      'pass',
      'Upload aborted',
      upload ? 'S3 discarded the uploaded parts.' : 'Nothing left to discard.',
    );
    x.answer = { status: 204, headers: {} };
    return undefined;
  },
};

export const listParts: OperationHandler = {
  choose: chooseUpload,
  apply(x, record) {
    const upload = x.upload!;
    const parts = [...upload.parts.values()].sort((a, b) => a.partNumber - b.partNumber);
    record.step('skip', `${parts.length} parts`, 'ListParts reads the part list only.');
    x.answer = {
      status: 200,
      headers: {},
      body: {
        Bucket: x.request.bucket,
        Key: upload.key,
        UploadId: upload.uploadId,
        StorageClass: 'STANDARD',
        IsTruncated: false,
        Parts: parts.map((part) => ({
          PartNumber: part.partNumber,
          LastModified: isoDate(part.lastModifiedMs),
          ETag: part.etag,
          Size: part.size,
          // SWIFT test_mpu_list_parts_with_checksum
          ...(part.checksum ? { [`Checksum${part.checksum.algorithm}`]: part.checksum.value } : {}),
        })),
      },
    };
    return undefined;
  },
};
