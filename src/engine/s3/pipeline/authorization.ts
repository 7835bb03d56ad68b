/**
 * Stage 4, authorization (spec §6): the request context as S3 builds it, evaluated against the
 * bucket policy and the caller's identity policy (explicit deny wins; another account needs both
 * sides), with Block Public Access's RestrictPublicBuckets. A copy also needs s3:GetObject on its
 * source. `x-amz-expected-bucket-owner` that names another account is 403 as well.
 */

import type { Authorization } from '../../policy/authorize/index.ts';
import { authorizeS3 } from '../../policy/authorize/index.ts';
import { buildS3RequestContext } from '../../policy/context/build-s3-context.ts';
import type { AuthorizationCheckData } from '../../trace/index.ts';
import type { Operation } from '../../types.ts';
import { type BucketState, bucketArn, NONE_BLOCKED } from '../../world/types.ts';
import { S3Errors } from '../errors.ts';
import { H } from '../header-bag.ts';
import { serviceSource } from '../service-source.ts';
import { explainDenial } from './denial-explanation.ts';
import { denialMessage } from './denial-message.ts';
import { type Exchange, type StageVerdict, touches } from './exchange.ts';
import type { StageRecorder } from './recorder.ts';

export function authorize(x: Exchange, record: StageRecorder<'authorization'>): StageVerdict {
  const bucket = x.bucket;
  if (!bucket) throw new Error('authorize runs after route');
  const owner = x.headers.get(H.expectedOwner);
  if (owner !== undefined && owner !== bucket.account) {
    return record.fail(
      S3Errors.accessDenied(),
      'Expected bucket owner does not match',
      `The request said the bucket belongs to ${owner}, but account ${bucket.account} owns it, so S3 refuses.`,
      `Send x-amz-expected-bucket-owner: ${bucket.account}, or leave the header out.`,
      { expectedBucketOwner: owner, bucketOwner: bucket.account },
    );
  }
  const main = check(x, bucket, x.request.operation, x.request.key, x.request.query);
  if (main.authorization.decision !== 'Allow') return deny(x, record, main);
  const source = copySourceCheck(x);
  if (source && source.authorization.decision !== 'Allow') return deny(x, record, source);
  const title = main.authorization.ownerRootException
    ? "Allowed: the owner's root keeps its bucket policy"
    : 'Allowed';
  record.pass(title, main.authorization.summary, {
    ...main.data,
    ...(source ? { copySource: source.data } : {}),
  });
  return undefined;
}

export interface Check {
  action: string;
  resource: string;
  authorization: Authorization;
  data: AuthorizationCheckData;
}

/**
 * Whether the caller may list the bucket (s3:ListBucket on its ARN), asked when a read finds no
 * object: S3 answers 404 only to a caller who may list the bucket, 403 to anyone else, so a missing
 * key and a forbidden one look the same (API_GetObject, API_HeadObject, API_GetObjectAttributes,
 * "Permissions"). The context is the request's, without its headers (they are the read's, not a list's).
 */
export function listBucketCheck(x: Exchange, bucket: BucketState): Check {
  return check(
    x,
    bucket,
    x.request.operation,
    undefined,
    {},
    { action: 's3:ListBucket', resource: bucketArn(bucket.name) },
  );
}

function check(
  x: Exchange,
  bucket: BucketState,
  operation: Operation,
  key: string | undefined,
  query: Record<string, string>,
  /** Another action than the operation's, checked with the request's own context (listBucketCheck). */
  as?: { action: string; resource: string },
): Check {
  const { request } = x;
  const built = buildS3RequestContext({
    operation,
    bucket: bucket.name,
    ...(key !== undefined ? { key } : {}),
    headers: as ? {} : request.headers,
    query,
    https: request.https,
    ...(request.tlsVersion ? { tlsVersion: request.tlsVersion } : {}),
    signature: request.signature,
    principal: request.principal,
    sourceIp: request.sourceIp,
    ...(request.vpcEndpoint !== undefined ? { vpcEndpoint: request.vpcEndpoint } : {}),
    nowMs: x.nowMs,
    bucketAccount: bucket.account,
    ...(request.authType !== undefined ? { authType: request.authType } : {}),
    ...(request.signatureAgeMs !== undefined ? { signatureAgeMs: request.signatureAgeMs } : {}),
    ...(serviceSource(request) ? { source: serviceSource(request) } : {}),
  });
  const context = as ? { ...built, ...as } : built;
  if (context.principal.type === 'Service') touches(x, 'service-principal-context');
  const identityPolicy = x.world.principals.get(request.principal)?.policy;
  const authorization = authorizeS3({
    context,
    ...(bucket.policy ? { bucketPolicy: bucket.policy } : {}),
    ...(identityPolicy ? { identityPolicy } : {}),
    bucketOwnerAccount: bucket.account,
    publicAccessBlock: bucket.publicAccessBlock ?? NONE_BLOCKED,
  });
  const data: AuthorizationCheckData = {
    action: context.action,
    resource: context.resource,
    principal: context.principal.arn,
    decision: authorization.decision,
    decidedBy: authorization.decidedBy,
    publicGrantIgnored: authorization.publicGrantIgnored,
    context: Object.fromEntries(Object.values(context.keys).map((k) => [k.name, k.values])),
    evaluation: authorization,
  };
  return { action: context.action, resource: context.resource, authorization, data };
}

/** CopyObject and UploadPartCopy read their source: s3:GetObject on it, under the source bucket's policy. */
function copySourceCheck(x: Exchange): Check | undefined {
  if (!x.copySource) return undefined;
  const sourceBucket = x.world.buckets.get(x.copySource.bucket);
  if (!sourceBucket) return undefined;
  const query: Record<string, string> = x.copySource.versionId ? { versionId: x.copySource.versionId } : {};
  return check(x, sourceBucket, 'GetObject', x.copySource.key, query);
}

function deny(x: Exchange, record: StageRecorder<'authorization'>, denied: Check): StageVerdict {
  const { authorization } = denied;
  const message = denialMessage(x.request, denied.action, denied.resource, authorization);
  const explained = explainDenial(authorization);
  return record.fail(S3Errors.accessDenied(message), explained.title, explained.why, explained.remedy, {
    ...denied.data,
    ...(explained.deciding ? { decidingStatement: explained.deciding } : {}),
  });
}
