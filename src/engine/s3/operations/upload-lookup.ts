/**
 * Finding the multipart upload a part request names, and the SSE-C rules for parts (spec §10):
 * an SSE-C upload needs the same key on every part; other uploads refuse SSE-C part headers.
 */
import type { MultipartUpload } from '../../world/types.ts';
import { S3Errors } from '../errors.ts';
import { type Exchange, objectKey, type StageVerdict } from '../pipeline/exchange.ts';
import type { ChoiceRecorder } from '../pipeline/handler.ts';

export function findUpload(x: Exchange, record: ChoiceRecorder): MultipartUpload | StageVerdict {
  const uploadId = x.request.query.uploadId ?? '';
  const upload = x.bucket!.uploads.get(uploadId);
  if (!upload || upload.key !== objectKey(x)) {
    return record.fail(
      S3Errors.noSuchUpload(uploadId),
      'No such multipart upload',
      `Upload id "${uploadId}" is unknown for ${x.request.bucket}/${objectKey(x)}: it was never created, was started for another key, or was already completed or aborted.`,
      'Start an upload with CreateMultipartUpload and use the UploadId it returns, with the same key.',
      { uploadId },
    );
  }
  return upload;
}

export const isUpload = (value: MultipartUpload | StageVerdict): value is MultipartUpload =>
  value !== undefined && 'uploadId' in value && 'parts' in value;

export function partKeyProblem(x: Exchange, record: ChoiceRecorder, upload: MultipartUpload): StageVerdict {
  const stored = upload.keyMaterial;
  if ((stored.mode === 'SSE-C') !== (x.customerKey !== undefined)) {
    return record.fail(
      S3Errors.partNeedsEncryption(),
      stored.mode === 'SSE-C' ? 'The part carries no SSE-C key' : 'SSE-C headers on a non-SSE-C upload',
      stored.mode === 'SSE-C'
        ? 'The upload was started with a customer key, and S3 keeps no copy of it: every part must bring the key again.'
        : `The upload was started with ${stored.mode}, so its parts are encrypted with the upload's data key and take no SSE-C headers.`,
      stored.mode === 'SSE-C'
        ? `Send the three SSE-C headers on every part, with the key whose MD5 is ${stored.keyMd5}.`
        : 'Remove the SSE-C headers from the part request.',
      { uploadMode: stored.mode },
    );
  }
  if (stored.mode === 'SSE-C' && x.customerKey && x.customerKey.keyMd5 !== stored.keyMd5) {
    return record.fail(
      S3Errors.partParametersMismatch(),
      'A different customer key',
      `The part sends the key whose MD5 is ${x.customerKey.keyMd5}, but CreateMultipartUpload used the key whose MD5 is ${stored.keyMd5}: every part of an SSE-C upload is encrypted with the same key.`,
      `Send the key whose MD5 is ${stored.keyMd5} on this part.`,
      { uploadKeyMd5: stored.keyMd5, partKeyMd5: x.customerKey.keyMd5 },
    );
  }
  return undefined;
}
