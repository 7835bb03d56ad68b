/**
 * CopyObject and UploadPartCopy name their source in `x-amz-copy-source` ("bucket/key", URL-encoded).
 * When the user has not added that header, the request copies the target onto itself: an in-place
 * copy is how S3 changes an existing object's encryption (AWS docs, "Specifying server-side
 * encryption with AWS KMS (SSE-KMS)": copy the object onto itself with the new settings). The
 * request builder shows this default, so nothing is sent that the user cannot see.
 */
import { operationInfo } from '../engine/index.ts';
import { headerValue, type RequestDraft } from './request-draft.ts';

export const COPY_SOURCE_HEADER = 'x-amz-copy-source';

/** The copy source the request will carry when the user gave none, or null when none is implied. */
export function impliedCopySource(draft: Pick<RequestDraft, 'operation' | 'bucket' | 'key' | 'headers'>) {
  if (!operationInfo(draft.operation).readsSource) return null;
  if (headerValue(draft.headers, COPY_SOURCE_HEADER) !== undefined) return null;
  if (draft.bucket.trim() === '' || draft.key === '') return null;
  // Each key segment is URL-encoded, as the SDKs do; the slashes between segments stay.
  const key = draft.key.split('/').map(encodeURIComponent).join('/');
  return `${draft.bucket.trim()}/${key}`;
}
