/**
 * The SSE headers a write carries (spec §2.1, §3, §5): `x-amz-server-side-encryption`, the KMS
 * key id, the encryption context and the bucket-key override. Validated in the order of spec §5.
 */
import { fromBase64 } from '../crypto/bytes.ts';
import { parseStringMap } from '../json.ts';
import { err, ok, type Result } from '../result.ts';
import type { SseAlgorithm } from '../types.ts';
import { S3Errors } from './errors.ts';
import type { S3Failure } from './failure.ts';
import { H, type HeaderBag } from './header-bag.ts';

export interface WriteSseHeaders {
  algorithm?: SseAlgorithm;
  kmsKeyId?: string;
  /** The context as sent (base64) and decoded. */
  context?: { header: string; pairs: Record<string, string> };
  /** The per-object bucket-key override; undefined: the bucket setting applies. */
  bucketKey?: boolean;
}

/** The values of `x-amz-server-side-encryption` and of a bucket rule's SSEAlgorithm (MODEL enum). */
export const SSE_ALGORITHMS: readonly SseAlgorithm[] = ['AES256', 'aws:kms', 'aws:kms:dsse'];

export const isSseAlgorithm = (value: unknown): value is SseAlgorithm =>
  (SSE_ALGORITHMS as readonly unknown[]).includes(value);

export const isKmsAlgorithm = (algorithm: SseAlgorithm | undefined) =>
  algorithm === 'aws:kms' || algorithm === 'aws:kms:dsse';

export function parseWriteSseHeaders(headers: HeaderBag): Result<WriteSseHeaders, S3Failure> {
  const value = headers.get(H.sse);
  if (value !== undefined && !isSseAlgorithm(value)) return err(S3Errors.unsupportedSse(value));
  const algorithm = value;
  const kmsKeyId = headers.get(H.kmsKeyId);
  if (kmsKeyId !== undefined && !isKmsAlgorithm(algorithm)) return err(S3Errors.kmsKeyWithoutKms());
  const contextHeader = headers.get(H.context);
  let context: WriteSseHeaders['context'];
  if (contextHeader !== undefined) {
    const pairs = decodeContext(contextHeader);
    if (!pairs) return err(S3Errors.badContext(contextHeader));
    context = { header: contextHeader, pairs };
  }
  const bucketKeyHeader = headers.get(H.bucketKey);
  const bucketKey = bucketKeyHeader === undefined ? undefined : bucketKeyHeader.toLowerCase() === 'true';
  return ok({ algorithm, kmsKeyId: kmsKeyId || undefined, context, bucketKey });
}

/** base64 of a UTF-8 JSON object whose values are all strings, or undefined. */
function decodeContext(header: string): Record<string, string> | undefined {
  const bytes = fromBase64(header);
  if (!bytes) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Bytes that are not UTF-8: the header is refused like any other malformed context.
    return undefined;
  }
  return parseStringMap(text);
}
