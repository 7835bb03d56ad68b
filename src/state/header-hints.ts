/**
 * Warnings the request builder shows before sending, for the slips users make most (users.md §2, §5).
 * S3 itself decides; the hint only says what is coming and offers the fix.
 */
import type { Operation } from '../engine/index.ts';
import { H } from './encryption-choice.ts';
import { type HeaderRow, headerValue } from './request-draft.ts';

/**
 * Operations that answer 400 InvalidArgument "x-amz-server-side-encryption header is not supported
 * for this operation." (spec §4 table: GET/HEAD per the GetObject and HeadObject API reference;
 * UploadPart and CompleteMultipartUpload, aws-observed in ClickHouse#64570).
 */
const REFUSE_SSE_HEADER: readonly Operation[] = [
  'GetObject',
  'HeadObject',
  'UploadPart',
  'CompleteMultipartUpload',
];

export function sseHeaderRefusedBy(operation: Operation, headers: HeaderRow[]): boolean {
  return REFUSE_SSE_HEADER.includes(operation) && headerValue(headers, H.sse) !== undefined;
}

/** Operations whose SSE headers choose how new object data is encrypted (else the bucket default does). */
const CHOOSES_ENCRYPTION: readonly Operation[] = ['PutObject', 'CopyObject', 'CreateMultipartUpload'];

export const choosesEncryption = (operation: Operation) => CHOOSES_ENCRYPTION.includes(operation);

/** The headers that pick SSE-S3, SSE-KMS or DSSE-KMS; SSE-C's key headers are not among them. */
const SERVER_SIDE_CHOICE = [H.sse, H.kmsKeyId, H.bucketKey, H.context];

/**
 * When the operation changes to one that refuses `x-amz-server-side-encryption`, the picker's
 * SSE headers go: S3 knows how a stored object is encrypted, so a GET after an SSE-KMS PUT needs
 * none. SSE-C's headers stay, since reads and parts need the key again. Adding the header by hand
 * still shows S3's 400 (users.md §5).
 */
export function headersForOperation(operation: Operation, headers: HeaderRow[]): HeaderRow[] {
  if (!REFUSE_SSE_HEADER.includes(operation)) return headers;
  return headers.filter((h) => !SERVER_SIDE_CHOICE.includes(h.name.trim().toLowerCase() as never));
}
