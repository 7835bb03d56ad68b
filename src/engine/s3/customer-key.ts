/**
 * The SSE-C header triple (spec §4.1, §4.3): algorithm AES256, a base64 256-bit key and the
 * base64 MD5 of the raw key. Checked in the order MinIO's `ParseHTTP` uses (missing algorithm,
 * wrong algorithm, missing key, missing MD5, bad key, MD5 mismatch), with AWS's messages.
 */
import { fromBase64 } from '../crypto/bytes.ts';
import { md5Base64 } from '../crypto/md5.ts';
import { err, ok, type Result } from '../result.ts';
import { S3Errors } from './errors.ts';
import type { S3Failure } from './failure.ts';
import { H, type HeaderBag } from './header-bag.ts';

export interface CustomerKey {
  key: Uint8Array<ArrayBuffer>;
  /** base64 MD5 of the raw key, as the client sent it (and as S3 echoes it). */
  keyMd5: string;
}

export interface CustomerKeyHeaders {
  algorithm: string;
  key: string;
  keyMd5: string;
}

export const TARGET_KEY_HEADERS: CustomerKeyHeaders = {
  algorithm: H.customerAlgorithm,
  key: H.customerKey,
  keyMd5: H.customerKeyMd5,
};

export const COPY_SOURCE_KEY_HEADERS: CustomerKeyHeaders = {
  algorithm: H.copySourceAlgorithm,
  key: H.copySourceKey,
  keyMd5: H.copySourceKeyMd5,
};

export function hasCustomerKeyHeaders(headers: HeaderBag, names: CustomerKeyHeaders): boolean {
  return headers.has(names.algorithm) || headers.has(names.key) || headers.has(names.keyMd5);
}

/**
 * `ok(undefined)` when none of the three headers is present. A read does not check the key's
 * length: a key that is not 256 bits simply does not match the stored HMAC, so S3 answers 403
 * (LS test_object_retrieval_sse_c, the botocore 44-byte key), while a write refuses it with 400.
 */
export function parseCustomerKey(
  headers: HeaderBag,
  names: CustomerKeyHeaders,
  use: 'write' | 'read' = 'write',
): Result<CustomerKey | undefined, S3Failure> {
  if (!hasCustomerKeyHeaders(headers, names)) return ok(undefined);
  const algorithm = headers.get(names.algorithm);
  const keyText = headers.get(names.key);
  const keyMd5 = headers.get(names.keyMd5);
  if (algorithm === undefined) return err(S3Errors.sseCNoAlgorithm());
  if (algorithm !== 'AES256') return err(S3Errors.sseCBadAlgorithm(algorithm));
  if (keyText === undefined) return err(S3Errors.sseCNoKey());
  if (keyMd5 === undefined) return err(S3Errors.sseCNoMd5());
  const key = fromBase64(keyText);
  if (!key || key.length === 0 || (use === 'write' && key.length !== 32))
    return err(S3Errors.sseCInvalidKey());
  if (md5Base64(key) !== keyMd5) return err(S3Errors.sseCMd5Mismatch());
  return ok({ key, keyMd5 });
}
