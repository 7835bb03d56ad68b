/**
 * Finding the multipart upload a part request names, and the SSE-C rules for parts (spec §10):
 * an SSE-C upload needs the same key on every part; other uploads refuse SSE-C part headers.
 */
import type { MultipartUpload } from '../../world/types.ts';
import { S3Errors } from '../errors.ts';
import { type Exchange, fail, objectKey, type StageVerdict } from '../pipeline/exchange.ts';

export function findUpload(x: Exchange): MultipartUpload | StageVerdict {
  const uploadId = x.request.query.uploadId ?? '';
  const upload = x.bucket!.uploads.get(uploadId);
  if (!upload || upload.key !== objectKey(x)) {
    return fail(
      x,
      'encryption-choice',
      S3Errors.noSuchUpload(uploadId),
      'No such multipart upload',
      'The upload id is unknown for this key: it was never created, or it was completed or aborted.',
      { uploadId },
    );
  }
  return upload;
}

export const isUpload = (value: MultipartUpload | StageVerdict): value is MultipartUpload =>
  value !== undefined && 'uploadId' in value && 'parts' in value;

export function partKeyProblem(x: Exchange, upload: MultipartUpload): StageVerdict {
  const stored = upload.keyMaterial;
  if ((stored.mode === 'SSE-C') !== (x.customerKey !== undefined)) {
    return fail(
      x,
      'encryption-choice',
      S3Errors.partNeedsEncryption(),
      stored.mode === 'SSE-C' ? 'The part carries no SSE-C key' : 'SSE-C headers on a non-SSE-C upload',
      stored.mode === 'SSE-C'
        ? 'The upload was started with a customer key: every part must carry the same three SSE-C headers.'
        : `The upload was started with ${stored.mode}: its parts take no SSE-C headers.`,
      { uploadMode: stored.mode },
    );
  }
  if (stored.mode === 'SSE-C' && x.customerKey && x.customerKey.keyMd5 !== stored.keyMd5) {
    return fail(
      x,
      'encryption-choice',
      S3Errors.partParametersMismatch(),
      'A different customer key',
      'The part names another key than CreateMultipartUpload did: use the same key for every part.',
      { uploadKeyMd5: stored.keyMd5, partKeyMd5: x.customerKey.keyMd5 },
    );
  }
  return undefined;
}
