/**
 * The GetObject request the objects panel sends to read one version: as the request builder's
 * caller (principal, source IP, transport, signature), with the SSE-C headers a client computes
 * from a base64 key (algorithm, key, key MD5), as the AWS CLI does.
 */
import {
  err,
  fromBase64,
  md5Base64,
  ok,
  type RequestInput,
  type Result,
  type S3Request,
} from '../../../engine/index.ts';

export type Caller = Pick<S3Request, 'principal' | 'sourceIp' | 'https' | 'signature'> & {
  tlsVersion?: string;
};

export function readVersionRequest(input: {
  bucket: string;
  key: string;
  versionId: string;
  /** Base64 SSE-C key; empty to send none. */
  customerKey: string;
  caller: Caller;
}): Result<RequestInput, string> {
  const headers: Record<string, string> = {};
  const customerKey = input.customerKey.trim();
  if (customerKey !== '') {
    const bytes = fromBase64(customerKey);
    if (!bytes) return err('The SSE-C key must be base64 (as the AWS CLI takes it).');
    headers['x-amz-server-side-encryption-customer-algorithm'] = 'AES256';
    headers['x-amz-server-side-encryption-customer-key'] = customerKey;
    headers['x-amz-server-side-encryption-customer-key-MD5'] = md5Base64(bytes);
  }
  const { caller } = input;
  return ok({
    operation: 'GetObject',
    bucket: input.bucket,
    key: input.key,
    // S3 names unversioned objects' version "null"; asking for it explicitly is what a client would do too.
    query: { versionId: input.versionId },
    headers,
    principal: caller.principal,
    sourceIp: caller.sourceIp,
    https: caller.https,
    signature: caller.signature,
    ...(caller.https && caller.tlsVersion ? { tlsVersion: caller.tlsVersion } : {}),
  });
}
