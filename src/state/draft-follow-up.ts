/**
 * What the request builder fills in from S3's answer, so the next request of a flow is one click:
 * after CreateMultipartUpload, the UploadId (and part 1) go into the query for UploadPart; once
 * the upload is completed or aborted they are cleared, so later requests do not carry them.
 */
import { isObjectData, type Outcome, type RequestInput, wentThrough } from '../engine/index.ts';
import type { RequestDraft } from './request-draft.ts';

export function draftAfterAnswer(
  draft: RequestDraft,
  request: RequestInput,
  outcome: Outcome,
): Partial<RequestDraft> | null {
  const body = outcome.response.body;
  if (!wentThrough(outcome.response.status)) return null;
  if (request.operation === 'CompleteMultipartUpload' || request.operation === 'AbortMultipartUpload')
    return { query: { ...draft.query, uploadId: '', partNumber: '' } };
  if (request.operation !== 'CreateMultipartUpload') return null;
  if (typeof body !== 'object' || body === null || Array.isArray(body) || isObjectData(body)) return null;
  const uploadId = body.UploadId;
  if (typeof uploadId !== 'string') return null;
  return {
    query: {
      ...draft.query,
      uploadId,
      partNumber: draft.query.partNumber === '' ? '1' : draft.query.partNumber,
    },
  };
}
