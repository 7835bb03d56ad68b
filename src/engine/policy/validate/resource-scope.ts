import { wildcardMatch } from '../catalog/wildcard.ts';

export const S3_ARN_PREFIX = 'arn:aws:s3:::';

/** Which resources of the bucket a Resource pattern can match. */
export interface ResourceScope {
  bucket: boolean;
  object: boolean;
}

/**
 * The bucket ARN and/or object ARNs a pattern can match. Without a bucket name, the shape of the
 * ARN decides: a `/` names objects, no `/` names a bucket, a trailing `*` may be either.
 */
export function resourceScope(pattern: string, bucket: string | undefined): ResourceScope {
  if (pattern === '*') return { bucket: true, object: true };
  if (!pattern.startsWith(S3_ARN_PREFIX)) return { bucket: false, object: false };
  const rest = pattern.slice(S3_ARN_PREFIX.length);
  const slash = rest.indexOf('/');
  const bucketPart = slash >= 0 ? rest.slice(0, slash) : rest;
  const trailingStar = rest.endsWith('*');
  if (bucket === undefined) {
    return { bucket: slash < 0, object: slash >= 0 || trailingStar };
  }
  const bucketArn = `${S3_ARN_PREFIX}${bucket}`;
  return {
    bucket: wildcardMatch(pattern, bucketArn),
    object:
      (slash >= 0 && wildcardMatch(bucketPart, bucket)) ||
      (trailingStar && wildcardMatch(pattern, `${bucketArn}/key`)),
  };
}
