import { hasNoIdentityPolicy } from '../context/principal.ts';
import { evaluatePolicy, statementName } from '../evaluate/evaluate-policy.ts';
import type { PolicyEvaluation } from '../evaluate/types.ts';
import { isPublicPolicy } from '../public/is-public-policy.ts';
import {
  OWNER_ROOT_NOT_BOUND,
  ownerRootException,
  ownerRootManagesPolicy,
} from './owner-root-policy-access.ts';
import type { Authorization, AuthorizeS3Input } from './types.ts';

/**
 * S3's decision across the bucket policy and the caller's identity policy (spec §6.4):
 * - an explicit Deny in either wins, except that the bucket policy cannot deny the owner's root
 *   its Get/Put/DeleteBucketPolicy (owner-root-policy-access.ts);
 * - same account: an Allow in either is enough; the account root is allowed by identity (it has
 *   full access to its own account). A bucket-policy Allow that names only the account delegates
 *   to the account, so a user or role still needs its identity policy to allow.
 * - another account, or anonymous: the bucket policy must allow, and (except for anonymous, who
 *   has no identity) the caller's own account must allow too.
 * - RestrictPublicBuckets: a public bucket policy grants nothing to callers outside the owner's
 *   account ("blocks public and cross-account access derived from any public ... bucket policy").
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html
 */

function directAllow(evaluation: PolicyEvaluation | undefined): boolean {
  return (
    evaluation?.decision === 'Allow' &&
    evaluation.statements.some(
      (s) => s.applies && s.effect === 'Allow' && s.principal.matchedBy !== 'account',
    )
  );
}

function decidingName(evaluation: PolicyEvaluation): string {
  const trace = evaluation.statements.find((s) => s.index === evaluation.decidingStatement);
  return trace ? statementName(trace) : 'a statement';
}

/**
 * A policy with no statement for the request only decides when nothing else allows it. When the
 * request is allowed, its summary says so instead of "denied by default", which would contradict
 * the answer on the same card.
 */
function withPartsExplained(authorization: Authorization, what: string): Authorization {
  if (authorization.decision !== 'Allow') return authorization;
  const reason = authorization.summary.replace(/^Allow: /, '');
  const explained = (evaluation: PolicyEvaluation | undefined) =>
    evaluation?.decision === 'ImplicitDeny'
      ? {
          ...evaluation,
          summary: `No statement of this policy allows ${what}. That decides nothing here, because ${reason}`,
        }
      : evaluation;
  const bucketPolicy = explained(authorization.bucketPolicy);
  const identityPolicy = explained(authorization.identityPolicy);
  return {
    ...authorization,
    ...(bucketPolicy && { bucketPolicy }),
    ...(identityPolicy && { identityPolicy }),
  };
}

export function authorizeS3(input: AuthorizeS3Input): Authorization {
  return withPartsExplained(decide(input), `${input.context.action} on ${input.context.resource}`);
}

function decide(input: AuthorizeS3Input): Authorization {
  const { context, bucketOwnerAccount } = input;
  const { principal, action, resource } = context;
  const anonymous = principal.type === 'Anonymous';
  // Anonymous callers, service principals and CloudFront OAIs have no identity policy: the bucket
  // policy alone decides for them.
  const resourceOnly = hasNoIdentityPolicy(principal);
  const root = principal.type === 'Account';
  const sameAccount = !anonymous && principal.account === bucketOwnerAccount;
  const bucket = input.bucketPolicy
    ? evaluatePolicy(input.bucketPolicy, context, { kind: 'resource' })
    : undefined;
  const identity =
    input.identityPolicy && !anonymous && !root
      ? evaluatePolicy(input.identityPolicy, context, { kind: 'identity' })
      : undefined;
  const base = {
    sameAccount,
    resourceOnly,
    publicGrantIgnored: false,
    ...(bucket && { bucketPolicy: bucket }),
    ...(identity && { identityPolicy: identity }),
  };
  const what = `${action} on ${resource}`;

  if (bucket?.decision === 'ExplicitDeny' && ownerRootManagesPolicy(context, bucketOwnerAccount)) {
    const summary = ownerRootException(decidingName(bucket), what);
    return {
      ...base,
      bucketPolicy: { ...bucket, summary: `${bucket.summary} ${OWNER_ROOT_NOT_BOUND}` },
      decision: 'Allow',
      decidedBy: 'account-root',
      ownerRootException: true,
      summary,
    };
  }
  if (bucket?.decision === 'ExplicitDeny') {
    return {
      ...base,
      decision: 'ExplicitDeny',
      decidedBy: 'bucket-policy',
      summary: `Explicit deny: ${decidingName(bucket)} of the bucket policy denies ${what}; an explicit deny always wins.`,
    };
  }
  if (identity?.decision === 'ExplicitDeny') {
    return {
      ...base,
      decision: 'ExplicitDeny',
      decidedBy: 'identity-policy',
      summary: `Explicit deny: ${decidingName(identity)} of ${principal.arn}'s identity policy denies ${what}; an explicit deny always wins.`,
    };
  }

  const restricted =
    !sameAccount &&
    input.publicAccessBlock.RestrictPublicBuckets &&
    input.bucketPolicy !== undefined &&
    isPublicPolicy(input.bucketPolicy, bucketOwnerAccount).isPublic;
  const bucketAllows = bucket?.decision === 'Allow' && !restricted;
  const identityAllows = root || identity?.decision === 'Allow';
  const publicGrantIgnored = restricted && bucket?.decision === 'Allow';
  const withIgnored = { ...base, publicGrantIgnored };

  if (sameAccount) {
    if (bucketAllows && (directAllow(bucket) || identityAllows)) {
      return {
        ...withIgnored,
        decision: 'Allow',
        decidedBy: 'bucket-policy',
        summary: `Allow: ${decidingName(bucket as PolicyEvaluation)} of the bucket policy allows ${what}, and nothing denies it.`,
      };
    }
    if (identityAllows) {
      return root
        ? {
            ...withIgnored,
            decision: 'Allow',
            decidedBy: 'account-root',
            summary: `Allow: ${principal.arn} is the root of the bucket owner's account, which may do anything its policies do not deny.`,
          }
        : {
            ...withIgnored,
            decision: 'Allow',
            decidedBy: 'identity-policy',
            summary: `Allow: ${decidingName(identity as PolicyEvaluation)} of ${principal.arn}'s identity policy allows ${what}, and nothing denies it.`,
          };
    }
    const delegated =
      bucket?.decision === 'Allow'
        ? ' The bucket policy names only the account, which delegates to the account: the identity policy must allow too.'
        : '';
    return {
      ...withIgnored,
      decision: 'ImplicitDeny',
      decidedBy: 'none',
      summary: `Implicit deny: neither the bucket policy nor ${principal.arn}'s identity policy allows ${what}.${delegated}`,
    };
  }

  const who = anonymous
    ? 'An anonymous caller'
    : `${principal.arn} is in account ${principal.account}, not the owner's ${bucketOwnerAccount}, so`;
  if (publicGrantIgnored) {
    return {
      ...withIgnored,
      decision: 'ImplicitDeny',
      decidedBy: 'none',
      summary: `Implicit deny: the bucket policy is public and RestrictPublicBuckets is on, so it grants nothing to callers outside account ${bucketOwnerAccount}; ${decidingName(bucket as PolicyEvaluation)} is ignored.`,
    };
  }
  if (bucketAllows && (resourceOnly || identityAllows)) {
    return {
      ...withIgnored,
      decision: 'Allow',
      decidedBy: 'bucket-policy',
      summary: `Allow: ${decidingName(bucket as PolicyEvaluation)} of the bucket policy allows ${what}${anonymous ? ' to anonymous callers' : `, and ${principal.arn}'s own account allows it too`}.`,
    };
  }
  const missing = !bucketAllows
    ? 'the bucket policy does not allow it'
    : 'its identity policy does not allow it';
  const rule = anonymous
    ? 'needs the bucket policy to allow'
    : 'needs both the bucket policy and its own identity policy to allow';
  return {
    ...withIgnored,
    decision: 'ImplicitDeny',
    decidedBy: 'none',
    summary: `Implicit deny: ${anonymous ? `${who} ${rule} ${what}` : `${who} it ${rule} ${what}`}, and ${missing}.`,
  };
}
