/**
 * Stage 3, transport and signature: SSE-C needs HTTPS (spec §4.1); anything that makes S3 call KMS
 * needs HTTPS and SigV4 (spec §2.7). S3 checks this while validating the request, before the
 * bucket policy, so a plain-HTTP KMS request gets this 400 even under a deny-HTTP policy.
 */

import { checkSignature } from '../auth/signature.ts';
import { COPY_SOURCE_KEY_HEADERS, hasCustomerKeyHeaders, TARGET_KEY_HEADERS } from '../customer-key.ts';
import { S3Errors } from '../errors.ts';
import { type Exchange, type StageVerdict, touches } from './exchange.ts';
import { kmsInvolvement } from './kms-involvement.ts';
import type { StageRecorder } from './recorder.ts';

export function checkTransport(x: Exchange, record: StageRecorder<'transport'>): StageVerdict {
  const signed = checkSignature(x, record);
  if (signed) {
    touches(x, 'signature-check-order');
    return signed;
  }
  const { https, signature, tlsVersion } = x.request;
  const sseC =
    x.traits.sse !== 'none' &&
    (hasCustomerKeyHeaders(x.headers, TARGET_KEY_HEADERS) ||
      (x.traits.readsSource && hasCustomerKeyHeaders(x.headers, COPY_SOURCE_KEY_HEADERS)));
  const involvement = kmsInvolvement(x);
  const kms = involvement?.why;
  const authType = signature === 'anonymous' ? null : (x.request.authType ?? 'REST-HEADER');
  const { vpcEndpoint } = x.request;
  if (vpcEndpoint) touches(x, 'vpc-endpoint-declared');
  const data = {
    https,
    signature,
    authType,
    ...(tlsVersion ? { tlsVersion } : {}),
    ...(vpcEndpoint ? { vpcEndpoint } : {}),
    sseC,
    kms: kms ?? null,
  };
  if (sseC && !https) {
    return record.fail(
      S3Errors.sseCNeedsHttps(),
      'SSE-C over plain HTTP',
      'S3 refuses every request that carries a customer key over plain HTTP, whatever the bucket policy says, and AWS says to treat a key sent that way as compromised.',
      'Send the request over HTTPS, with a new key.',
      data,
    );
  }
  // The observation behind this order (spec §2.7) is about writes; that S3 also judges an object
  // it already stores before the bucket policy (so a caller without rights learns that the object
  // exists and uses KMS) is assumed.
  if (kms && (!https || signature !== 'SigV4') && involvement?.stored)
    touches(x, 'kms-stored-object-before-authorization');
  if (kms && !https) {
    return record.fail(
      S3Errors.kmsNeedsHttps(),
      'SSE-KMS over plain HTTP',
      `${kms} S3 makes KMS calls only for requests that arrive over TLS, whatever the bucket policy says.`,
      'Send the request over HTTPS.',
      data,
    );
  }
  if (kms && signature !== 'SigV4') {
    return record.fail(
      S3Errors.kmsNeedsSigV4(),
      `SSE-KMS with ${signature === 'anonymous' ? 'an anonymous request' : 'Signature Version 2'}`,
      `${kms} S3 calls KMS on the requester's behalf only for requests signed with Signature Version 4.`,
      signature === 'anonymous'
        ? 'Sign the request with Signature Version 4 as a principal allowed to use the key.'
        : 'Sign the request with Signature Version 4.',
      data,
    );
  }
  const how = https ? `HTTPS${tlsVersion ? ` (TLS ${tlsVersion})` : ''}` : 'plain HTTP';
  const via = vpcEndpoint ? `, through ${vpcEndpoint.id}` : '';
  record.pass(`${how}, ${signature}${via}`, transportDetail(sseC, kms), data);
  return undefined;
}

function transportDetail(sseC: boolean, kms: string | undefined): string {
  if (kms) return `${kms} HTTPS and SigV4 are present, as KMS requires.`;
  if (sseC) return 'The customer key travels over HTTPS, as SSE-C requires.';
  return 'Nothing in this request requires HTTPS or SigV4 (a bucket policy may still ask for them).';
}
