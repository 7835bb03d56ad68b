/** AbortMultipartUpload (204, the parts are discarded) and ListParts (no SSE-C key needed, spec §10). */
import { step } from '../pipeline/exchange.ts';
import type { OperationHandler } from '../pipeline/handler.ts';
import { isoDate } from './object-meta.ts';
import { findUpload, isUpload } from './upload-lookup.ts';

const chooseUpload: OperationHandler['choose'] = (x) => {
  const upload = findUpload(x);
  if (!isUpload(upload)) return upload;
  x.upload = upload;
  step(x, 'encryption-choice', 'skip', 'Upload found', 'Listing or aborting parts decrypts nothing.', {
    uploadId: upload.uploadId,
  });
  return undefined;
};

export const abortMultipartUpload: OperationHandler = {
  choose: chooseUpload,
  apply(x) {
    x.bucket!.uploads.delete(x.upload!.uploadId);
    step(x, 'crypto', 'pass', 'Upload aborted', 'S3 discarded the uploaded parts.');
    x.answer = { status: 204, headers: {} };
    return undefined;
  },
};

export const listParts: OperationHandler = {
  choose: chooseUpload,
  apply(x) {
    const upload = x.upload!;
    const parts = [...upload.parts.values()].sort((a, b) => a.partNumber - b.partNumber);
    step(x, 'crypto', 'skip', `${parts.length} parts`, 'ListParts reads the part list only.');
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
        })),
      },
    };
    return undefined;
  },
};
