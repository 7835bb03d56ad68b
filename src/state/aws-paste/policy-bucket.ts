/**
 * A pasted bucket policy names the real bucket (`arn:aws:s3:::acme-prod-data/*`), which S3 here
 * refuses: a bucket policy may only name its own bucket (MalformedPolicy "Policy has invalid
 * resource"). When it names exactly one bucket, its ARNs are rewritten to the playground's, and the
 * paste says so; several are left as they are, and named.
 */

/** `arn:<partition>:s3:::<bucket>` up to the bucket name's end (`/`, a quote, or the text's end). */
const BUCKET_ARN = /(arn:aws[a-z-]*:s3:::)([a-z0-9.-]+)(?=[/"]|$)/g;

export interface Retargeted {
  policyText: string;
  /** The bucket the policy named, when its ARNs were rewritten. */
  renamed?: string;
  /** Several buckets other than this one: left as written. */
  others?: string[];
}

export function retargetBucket(policyText: string, bucket: string): Retargeted {
  const named = new Set<string>();
  for (const match of policyText.matchAll(BUCKET_ARN)) named.add(match[2] ?? '');
  named.delete(bucket);
  if (named.size === 0) return { policyText };
  if (named.size > 1) return { policyText, others: [...named].sort() };
  const [renamed = ''] = named;
  const text = policyText.replace(BUCKET_ARN, (arn, prefix: string, name: string) =>
    name === renamed ? `${prefix}${bucket}` : arn,
  );
  return { policyText: text, renamed };
}
