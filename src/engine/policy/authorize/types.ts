import type { PublicAccessBlockConfiguration } from '../../types.ts';
import type { RequestContext } from '../context/types.ts';
import type { Decision, PolicyEvaluation } from '../evaluate/types.ts';
import type { Policy } from '../types.ts';

export interface AuthorizeS3Input {
  context: RequestContext;
  bucketPolicy?: Policy;
  /** The caller's identity policy (users and roles); the account root and anonymous callers have none. */
  identityPolicy?: Policy;
  bucketOwnerAccount: string;
  publicAccessBlock: PublicAccessBlockConfiguration;
}

export interface Authorization {
  decision: Decision;
  decidedBy: 'bucket-policy' | 'identity-policy' | 'account-root' | 'none';
  bucketPolicy?: PolicyEvaluation;
  identityPolicy?: PolicyEvaluation;
  /** The caller is in the bucket owner's account (never true for an anonymous caller). */
  sameAccount: boolean;
  /**
   * The caller has no identity policy (anonymous, a service principal, a CloudFront origin access
   * identity): the bucket policy alone can allow it.
   */
  resourceOnly: boolean;
  /** The bucket policy would have allowed, but it is public and RestrictPublicBuckets is on. */
  publicGrantIgnored: boolean;
  /**
   * The bucket policy explicitly denied, but the caller is the bucket owner's root managing the
   * bucket's policy, which S3 always allows (owner-root-policy-access.ts).
   */
  ownerRootException?: boolean;
  /** One sentence a learner understands: what decided and why. */
  summary: string;
}
