/**
 * A pasted bucket policy names the real bucket (`arn:aws:s3:::acme-prod-data/*`), which S3 here
 * refuses: a bucket policy may only name its own bucket (MalformedPolicy "Policy has invalid
 * resource"). When it names exactly one bucket, its ARNs are rewritten to the playground's, and the
 * paste says so; several are left as they are, and named. A pasted command's bucket follows the same
 * rule (request-bucket.ts), and says so in the same words (renamedBucketLine).
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

/** What a retarget says: which bucket the paste named, what names the playground's now, and why. */
export interface RenamedBucket {
  /** The bucket the paste named. */
  renamed: string;
  /** The playground's bucket it now names. */
  bucket: string;
  /** What names it now, with its verb: "its ARNs now name", "the request now names". */
  now: string;
  /** Why, after the bucket's name: "which is the only bucket a policy here may name". */
  why: string;
  /** What the user does with it for real: "apply it to the real bucket". */
  forReal: string;
}

/** The one wording of a retarget, for a pasted policy and a pasted command alike. */
export const renamedBucketLine = ({ renamed, bucket, now, why, forReal }: RenamedBucket) =>
  `It named the bucket "${renamed}": ${now} this playground's bucket, ${bucket}, ${why}. Name yours again before you ${forReal}.`;

/** "a", "a and b", "a, b and c". */
export const list = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** What a pasted bucket policy's retarget says, for the summary. */
export function policyBucketLines(retargeted: Retargeted, bucket: string): string[] {
  const lines: string[] = [];
  if (retargeted.renamed)
    lines.push(
      renamedBucketLine({
        renamed: retargeted.renamed,
        bucket,
        now: 'its ARNs now name',
        why: 'which is the only bucket a policy here may name',
        forReal: 'apply it to the real bucket',
      }),
    );
  if (retargeted.others)
    lines.push(
      `It names the buckets ${list(retargeted.others.map((b) => `"${b}"`))}: a bucket policy may name only its own bucket, ${bucket} here, so S3 refuses it until its ARNs name ${bucket}.`,
    );
  return lines;
}
