/**
 * How the request is authenticated, checked before anything it asks for: a presigned URL past its
 * `X-Amz-Expires`, an `X-Amz-Expires` over seven days, a header signature older than the 15
 * minutes S3 allows, and a browser POST's policy. Signatures themselves are declared, not computed
 * (docs/differences.md#signatures-not-computed).
 */
import { isoSeconds } from '../../iso-seconds.ts';
import { failure } from '../failure.ts';
import { type Exchange, type StageVerdict, touches } from '../pipeline/exchange.ts';
import type { StageRecorder } from '../pipeline/recorder.ts';
import { checkPostPolicy } from './post-policy.ts';

/** "X-Amz-Expires ... Minimum value of 1. Maximum value of 604800 (seven days)" (SigV4 query auth). */
export const MAX_PRESIGNED_SECONDS = 604_800;
/** The presigned URL's validity when the request does not say: the AWS CLI's `presign` default. */
export const DEFAULT_PRESIGNED_SECONDS = 3600;
/** S3 refuses a header-signed request whose time is more than 15 minutes off its own. */
export const MAX_SKEW_MS = 15 * 60 * 1000;

const CUSTOMER_KEY_PREFIX = 'x-amz-server-side-encryption-customer-';

export function checkSignature(x: Exchange, record: StageRecorder<'transport'>): StageVerdict {
  const { signature, authType = 'REST-HEADER' } = x.request;
  if (signature === 'anonymous') return undefined;
  const age = x.request.signatureAgeMs ?? 0;
  if (authType === 'REST-QUERY-STRING') return presigned(x, record, age);
  if (authType === 'POST') return checkPostPolicy(x, record);
  if (age > 0) touches(x, 'signature-age-on-header-requests');
  if (age > MAX_SKEW_MS) {
    touches(x, 'request-time-too-skewed-message');
    const signedAt = x.nowMs - age;
    return record.fail(
      failure(
        403,
        'RequestTimeTooSkewed',
        'The difference between the request time and the current time is too large.',
        {
          RequestTime: isoSeconds(signedAt),
          ServerTime: isoSeconds(x.nowMs),
          MaxAllowedSkewMilliseconds: String(MAX_SKEW_MS),
        },
      ),
      'Request time too skewed',
      `The request was signed ${Math.round(age / 60000)} minutes before it reached S3; a signed request's time (x-amz-date) may be at most 15 minutes off S3's clock.`,
      "Sign the request just before sending it, with the machine's clock set right.",
      { signatureAgeMs: age },
    );
  }
  return undefined;
}

/**
 * A presigned URL: valid for `X-Amz-Expires` seconds after it was signed (SigV4), at most seven
 * days. https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html
 */
function presigned(x: Exchange, record: StageRecorder<'transport'>, age: number): StageVerdict {
  touches(x, 'signatures-not-computed');
  // "you must provide all the encryption headers in your client application's request" (SSE-C with
  // presigned URLs, S3 User Guide): S3 reads the customer key only from headers.
  if (Object.keys(x.request.query).some((name) => name.toLowerCase().startsWith(CUSTOMER_KEY_PREFIX)))
    touches(x, 'sse-c-key-in-query-string');
  const expires = x.request.expiresSeconds ?? DEFAULT_PRESIGNED_SECONDS;
  const sigV4 = x.request.signature === 'SigV4';
  if (sigV4 && expires > MAX_PRESIGNED_SECONDS) {
    return record.fail(
      failure(
        400,
        'AuthorizationQueryParametersError',
        `X-Amz-Expires must be less than a week (in seconds) that is; ${MAX_PRESIGNED_SECONDS}`,
      ),
      'Presigned URL valid for more than seven days',
      `X-Amz-Expires is ${expires} seconds; a Signature Version 4 presigned URL is valid for at most ${MAX_PRESIGNED_SECONDS} seconds (seven days).`,
      'Presign with an expiry of at most 604800 seconds.',
      { expiresSeconds: expires },
    );
  }
  if (age > expires * 1000) {
    const signedAt = x.nowMs - age;
    return record.fail(
      failure(403, 'AccessDenied', 'Request has expired', {
        ...(sigV4 ? { 'X-Amz-Expires': String(expires) } : {}),
        Expires: isoSeconds(signedAt + expires * 1000),
        ServerTime: isoSeconds(x.nowMs),
      }),
      'Presigned URL has expired',
      `The URL was signed ${Math.round(age / 1000)} seconds ago and was valid for ${expires} seconds, so S3 refuses it before looking at any policy.`,
      'Presign a new URL (the expiry counts from the moment of signing).',
      { expiresSeconds: expires, signatureAgeMs: age },
    );
  }
  return undefined;
}
