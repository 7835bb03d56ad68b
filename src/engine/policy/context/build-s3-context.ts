import type { VpcEndpoint } from '../../network/vpc-endpoint.ts';
import { err, ok, type Result } from '../../result.ts';
import { iamActionFor, resourceArnFor } from '../../s3/operation-catalog.ts';
import type { AuthType, Operation, SignatureKind } from '../../types.ts';
import { type CopySourceError, parseCopySource } from './copy-source-grammar.ts';
import { headerKeys } from './header-keys.ts';
import { networkKeys } from './network-keys.ts';
import { ANONYMOUS, parsePrincipal, principalKeys } from './principal.ts';
import {
  type ContextKey,
  type RequestContext,
  type ServiceSource,
  setKey,
  sourceKeys,
  timeKeys,
} from './types.ts';

/**
 * The request context exactly as S3 builds it before evaluating policies (spec §6.1): the action
 * and resource of the operation, the caller's principal keys, transport and signature keys, the
 * resource account, and the header keys as sent.
 */
export interface S3ContextInput {
  operation: Operation;
  bucket: string;
  key?: string;
  /** Header names in any case. */
  headers: Record<string, string>;
  /** Query parameters; `versionId` selects the version action and adds s3:VersionId. */
  query?: Record<string, string>;
  https: boolean;
  /** What s3:TlsVersion sees over HTTPS; "1.3" when not given (the scenario format's default). */
  tlsVersion?: string;
  signature: SignatureKind;
  /** The caller's ARN; an anonymous signature makes the caller anonymous whatever is written here. */
  principal: string;
  sourceIp: string;
  /** The gateway VPC endpoint the request came through; absent: from the internet. */
  vpcEndpoint?: VpcEndpoint;
  nowMs: number;
  bucketAccount: string;
  /** The `x-amz-copy-source` value, when not in `headers`. */
  copySource?: string;
  /** How a signed request is authenticated (`s3:authType`); absent: `REST-HEADER`. */
  authType?: AuthType;
  /** Milliseconds since the request was signed (`s3:signatureAge`); absent: 0. */
  signatureAgeMs?: number;
  /** For a service principal: the resource and account it acts for. */
  source?: ServiceSource;
}

const SIGNATURE_VERSION: Record<Exclude<SignatureKind, 'anonymous'>, string> = {
  SigV4: 'AWS4-HMAC-SHA256',
  SigV2: 'AWS',
};

function lowerCaseHeaders(input: S3ContextInput): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(input.headers)) out[name.toLowerCase()] = value;
  if (input.copySource !== undefined && out['x-amz-copy-source'] === undefined)
    out['x-amz-copy-source'] = input.copySource;
  return out;
}

/** Keys every S3 request carries: transport, signature, time, resource account. */
function requestKeys(input: S3ContextInput, anonymous: boolean, keys: Record<string, ContextKey>): void {
  setKey(keys, 'aws:SecureTransport', [input.https ? 'true' : 'false']);
  if (input.https) setKey(keys, 's3:TlsVersion', [input.tlsVersion ?? '1.3']);
  networkKeys(input.sourceIp, input.vpcEndpoint, keys);
  timeKeys(input.nowMs, keys);
  if (!anonymous && input.signature !== 'anonymous') {
    setKey(keys, 's3:signatureversion', [SIGNATURE_VERSION[input.signature]]);
    setKey(keys, 's3:authType', [input.authType ?? 'REST-HEADER']);
    // "In Signature Version 2, this value is always set to 0" (bucket-policy-s3-sigv4-conditions).
    const age = input.signature === 'SigV2' ? 0 : (input.signatureAgeMs ?? 0);
    setKey(keys, 's3:signatureAge', [String(age)]);
  }
  setKey(keys, 'aws:ResourceAccount', [input.bucketAccount]);
  setKey(keys, 's3:ResourceAccount', [input.bucketAccount]);
}

function callerOf(input: S3ContextInput) {
  if (input.signature === 'anonymous') return ANONYMOUS;
  const parsed = parsePrincipal(input.principal);
  return parsed.ok ? parsed.value : ANONYMOUS;
}

export function buildS3RequestContext(input: S3ContextInput): RequestContext {
  const principal = callerOf(input);
  const query = input.query ?? {};
  const keys: Record<string, ContextKey> = {};
  principalKeys(principal, keys);
  sourceKeys(principal, input.source, keys);
  requestKeys(input, principal.type === 'Anonymous', keys);
  headerKeys(input.operation, lowerCaseHeaders(input), keys);
  if (query.versionId !== undefined) setKey(keys, 's3:VersionId', [query.versionId]);
  return {
    principal,
    action: iamActionFor(input.operation, query),
    resource: resourceArnFor(input.operation, input.bucket, input.key),
    keys,
  };
}

/**
 * The second check of CopyObject and UploadPartCopy: reading the source needs s3:GetObject (or
 * s3:GetObjectVersion for `?versionId=`) on the source object, in the source bucket's account.
 * https://docs.aws.amazon.com/AmazonS3/latest/API/API_CopyObject.html (Permissions)
 */
export function buildCopySourceContext(
  input: S3ContextInput & { sourceBucketAccount?: string },
): Result<RequestContext, CopySourceError> {
  const header = lowerCaseHeaders(input)['x-amz-copy-source'];
  if (header === undefined)
    return err({ code: 'InvalidCopySource', message: 'The request has no x-amz-copy-source header.' });
  const source = parseCopySource(header);
  if (!source.ok) return source;
  const { bucket, key, versionId } = source.value;
  const account = input.sourceBucketAccount ?? input.bucketAccount;
  const context = buildS3RequestContext({
    ...input,
    operation: 'GetObject',
    bucket,
    key,
    headers: {},
    query: versionId === undefined ? {} : { versionId },
    bucketAccount: account,
  });
  return ok(context);
}
