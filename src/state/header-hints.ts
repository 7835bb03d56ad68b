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
