/**
 * What the AWS CLI and SDKs do with `--checksum-algorithm ALG`: compute the checksum of the body
 * they send and add `x-amz-checksum-<alg>` beside `x-amz-sdk-checksum-algorithm` (AWS CLI s3api
 * put-object/upload-part `--checksum-algorithm`). The request builder uses it at send time, so the
 * value always matches the body as sent; a checksum header the user wrote stays as written.
 */
import { toBase64, utf8 } from '../../crypto/bytes.ts';
import { checksumDigest } from '../../crypto/checksums.ts';
import type { RequestInput } from '../../types.ts';
import { headerBag } from '../header-bag.ts';
import { algorithmNamed, CHECKSUM_HEADERS, checksumHeader } from './checksum-value.ts';
import { SDK_ALGORITHM } from './request-integrity.ts';

export async function addSdkChecksum(request: RequestInput): Promise<RequestInput> {
  const headers = headerBag(request.headers ?? {});
  const algorithm = algorithmNamed(headers.get(SDK_ALGORITHM) ?? '');
  if (!algorithm || CHECKSUM_HEADERS.some((name) => headers.has(name))) return request;
  const body = request.body;
  const bytes =
    body instanceof Uint8Array
      ? body
      : typeof body === 'string'
        ? utf8(body)
        : body === undefined
          ? new Uint8Array(0)
          : undefined;
  if (!bytes) return request;
  const value = toBase64(await checksumDigest(algorithm, bytes));
  return { ...request, headers: { ...request.headers, [checksumHeader(algorithm)]: value } };
}
