import { wildcardMatch } from '../catalog/wildcard.ts';

export const S3_ARN_PREFIX = 'arn:aws:s3:::';

/**
 * Whether `text` holds `part` at `at` (not past its end): `startsWith`, which V8 runs about half
 * as fast as this search on the short strings of a policy, checked for every Resource entry.
 */
const holdsAt = (text: string, part: string, at: number) => text.indexOf(part, at) === at;

/** Whether a Resource entry is an S3 ARN. */
export const isS3Arn = (value: string) => holdsAt(value, S3_ARN_PREFIX, 0);

/** Which resources of the bucket a Resource pattern can match. */
export interface ResourceScope {
  readonly bucket: boolean;
  readonly object: boolean;
}

/** The four answers, shared: the scope is asked for every Resource entry of every keystroke. */
const SCOPES: readonly ResourceScope[] = [
  { bucket: false, object: false },
  { bucket: true, object: false },
  { bucket: false, object: true },
  { bucket: true, object: true },
];
const scopeOf = (bucket: boolean, object: boolean) => SCOPES[(bucket ? 1 : 0) + (object ? 2 : 0)]!;

/**
 * The bucket ARN and/or object ARNs a pattern that starts with `arn:aws:s3:::` can match (callers
 * check the prefix first). Without a bucket name, the shape of the ARN decides: a `/` names
 * objects, no `/` names a bucket, a trailing `*` may be either.
 */
export function s3ArnScope(pattern: string, bucket: string | undefined): ResourceScope {
  // One pass over the bucket part: where it ends (the first `/`) and whether it holds a wildcard.
  let end = S3_ARN_PREFIX.length;
  let wildcard = false;
  for (; end < pattern.length; end++) {
    const code = pattern.charCodeAt(end);
    if (code === 0x2f /* / */) break;
    if (code === 0x2a /* * */ || code === 0x3f /* ? */) wildcard = true;
  }
  const slash = end < pattern.length ? end : -1;
  if (bucket === undefined) return scopeOf(slash < 0, slash >= 0 || pattern.endsWith('*'));
  if (!wildcard && !bucket.includes('/')) {
    // The bucket part is plain text (wildcards, if any, come after the `/`), and a bucket name has
    // no `/`: the pattern matches the bucket or its objects exactly when that part is the name.
    // Same answers as the matching below, without building ARN strings for every entry.
    const named =
      end - S3_ARN_PREFIX.length === bucket.length && holdsAt(pattern, bucket, S3_ARN_PREFIX.length);
    return scopeOf(named && slash < 0, named && slash >= 0);
  }
  const bucketArn = `${S3_ARN_PREFIX}${bucket}`;
  return scopeOf(
    wildcardMatch(pattern, bucketArn),
    (slash >= 0 && wildcardMatch(pattern.slice(S3_ARN_PREFIX.length, slash), bucket)) ||
      (pattern.endsWith('*') && wildcardMatch(pattern, `${bucketArn}/key`)),
  );
}

/** Whether the bucket part of an S3 ARN (up to the first `/`) is exactly `bucket`, as text. */
export function namesBucket(arn: string, bucket: string): boolean {
  const slash = arn.indexOf('/', S3_ARN_PREFIX.length);
  const end = slash < 0 ? arn.length : slash;
  return end - S3_ARN_PREFIX.length === bucket.length && holdsAt(arn, bucket, S3_ARN_PREFIX.length);
}
