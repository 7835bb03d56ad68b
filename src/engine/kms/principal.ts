/** What KMS needs to know about a caller: its kind for the policy evaluator and CloudTrail. */
import { parsePrincipal } from '../policy/context/principal.ts';
import type { RequestContext } from '../policy/evaluate/index.ts';

export type PrincipalKind = RequestContext['principal']['type'];

/** The caller as the S3 request context reads it; an ARN that names no principal is anonymous. */
export function principalOf(arn: string): RequestContext['principal'] {
  const parsed = parsePrincipal(arn);
  return parsed.ok ? parsed.value : { arn, account: '', type: 'Anonymous' };
}

/** CloudTrail's userIdentity.type for a principal kind. */
export function cloudTrailIdentityType(kind: PrincipalKind): string {
  const types: Record<PrincipalKind, string> = {
    Account: 'Root',
    User: 'IAMUser',
    AssumedRole: 'AssumedRole',
    Role: 'AssumedRole',
    Anonymous: 'AWSAccount',
    Service: 'AWSService',
  };
  return types[kind];
}
