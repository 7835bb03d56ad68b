/** What KMS needs to know about a caller: its kind for the policy evaluator and CloudTrail. */
import type { RequestContext } from '../policy/evaluate/index.ts';
import { accountOfPrincipal } from './arns.ts';

export type PrincipalKind = RequestContext['principal']['type'];

export function principalOf(arn: string): RequestContext['principal'] {
  const account = accountOfPrincipal(arn);
  if (!account) return { arn, account: '', type: 'Anonymous' };
  if (arn === `arn:aws:iam::${account}:root`) return { arn, account, type: 'Account' };
  if (arn.startsWith(`arn:aws:sts::${account}:assumed-role/`)) return { arn, account, type: 'AssumedRole' };
  if (arn.startsWith(`arn:aws:iam::${account}:role/`)) return { arn, account, type: 'Role' };
  return { arn, account, type: 'User' };
}

/** CloudTrail's userIdentity.type for a principal kind. */
export function cloudTrailIdentityType(kind: PrincipalKind): string {
  const types: Record<PrincipalKind, string> = {
    Account: 'Root',
    User: 'IAMUser',
    AssumedRole: 'AssumedRole',
    Role: 'AssumedRole',
    Anonymous: 'AWSAccount',
  };
  return types[kind];
}
