import type { RequestContext } from '../context/types.ts';

/**
 * S3's one exception to "an explicit deny always wins". The API reference of PutBucketPolicy,
 * GetBucketPolicy and DeleteBucketPolicy says: "To ensure that bucket owners don't inadvertently
 * lock themselves out of their own buckets, the root principal in a bucket owner's Amazon Web
 * Services account can perform the GetBucketPolicy, PutBucketPolicy, and DeleteBucketPolicy API
 * actions, even if their bucket policy explicitly denies the root principal's access. Bucket owner
 * root principals can only be blocked from performing these API actions by VPC endpoint policies
 * and Amazon Web Services Organizations policies." (Neither of those is modelled here.)
 */
const POLICY_ACTIONS: ReadonlySet<string> = new Set([
  's3:GetBucketPolicy',
  's3:PutBucketPolicy',
  's3:DeleteBucketPolicy',
]);

/** The request is the bucket owner's root managing the bucket's own policy. */
export function ownerRootManagesPolicy(context: RequestContext, bucketOwnerAccount: string): boolean {
  const { principal } = context;
  return (
    principal.type === 'Account' &&
    principal.account === bucketOwnerAccount &&
    POLICY_ACTIONS.has(context.action)
  );
}

/** Why the bucket policy's explicit deny did not bind: one sentence for the trace. */
export function ownerRootException(denyingStatement: string, what: string): string {
  return (
    `Allow: ${denyingStatement} of the bucket policy denies ${what}, but that deny does not bind here: ` +
    "the root of the bucket owner's account can always get, put and delete its bucket's policy, even when " +
    'the bucket policy explicitly denies it, so that owners cannot lock themselves out (S3 API reference, ' +
    'PutBucketPolicy). Only VPC endpoint policies and AWS Organizations policies can block it.'
  );
}

/** Added to the bucket policy's own summary, which still reports the deny it found. */
export const OWNER_ROOT_NOT_BOUND =
  "This deny does not bind the bucket owner's root for GetBucketPolicy, PutBucketPolicy or DeleteBucketPolicy.";
