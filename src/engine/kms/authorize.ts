/**
 * Who may use a KMS key (https://docs.aws.amazon.com/kms/latest/developerguide/control-access.html):
 * - an explicit Deny in the key policy or the caller's identity policy wins;
 * - the key policy may allow the caller directly;
 * - a key policy that allows the account root enables IAM: then the caller's identity policy
 *   decides (the account root itself needs nothing more);
 * - a caller from another account needs both the key policy (naming it or its account) and its
 *   own identity policy.
 */
import { evaluatePolicy, type PolicyEvaluation, type RequestContext } from '../policy/evaluate/index.ts';
import type { Policy, PrincipalSpec } from '../policy/types.ts';

export interface KmsAuthorization {
  allowed: boolean;
  /** 'key-policy' (direct grant), 'iam' (account root enabled + identity policy), 'explicit-deny', 'none'. */
  decidedBy: 'key-policy' | 'iam' | 'explicit-deny' | 'none';
  /** Which policy is missing an allow, for the AccessDenied message. */
  missing?: 'resource-based' | 'identity-based';
  deniedBy?: 'resource-based' | 'identity-based';
  keyPolicy: PolicyEvaluation;
  identityPolicy?: PolicyEvaluation;
}

const RESOURCE = { kind: 'resource' } as const;
const rootArn = (account: string) => `arn:aws:iam::${account}:root`;

/** True when every principal a statement names is the account root (the "enable IAM" grant). */
function namesOnlyAccountRoot(spec: PrincipalSpec | undefined, account: string): boolean {
  if (spec?.kind !== 'map') return false;
  const values = Object.entries(spec.entries).flatMap(([type, list]) =>
    list.map((v) => ({ type, v: v.value })),
  );
  return (
    values.length > 0 &&
    values.every(({ type, v }) => type === 'AWS' && (v === account || v === rootArn(account)))
  );
}

/** The key policy without the grants to the account root: what it allows a caller by name. */
function directGrants(policy: Policy, account: string): Policy {
  const statements = policy.statements.filter(
    (s) => !(s.effect.value === 'Allow' && namesOnlyAccountRoot(s.principal, account)),
  );
  return { ...policy, statements };
}

export function authorizeKeyUse(input: {
  keyPolicy: Policy;
  keyAccount: string;
  identityPolicy: Policy | undefined;
  context: RequestContext;
}): KmsAuthorization {
  const { keyPolicy, keyAccount, identityPolicy, context } = input;
  const caller = context.principal;
  const keyEval = evaluatePolicy(keyPolicy, context, RESOURCE);
  const identityEval = identityPolicy
    ? evaluatePolicy(identityPolicy, context, { kind: 'identity' })
    : undefined;
  const base = { keyPolicy: keyEval, identityPolicy: identityEval };
  if (keyEval.decision === 'ExplicitDeny') {
    return { ...base, allowed: false, decidedBy: 'explicit-deny', deniedBy: 'resource-based' };
  }
  if (identityEval?.decision === 'ExplicitDeny') {
    return { ...base, allowed: false, decidedBy: 'explicit-deny', deniedBy: 'identity-based' };
  }
  // A service principal or CloudFront OAI has no identity policy: only a direct key-policy grant
  // lets it use the key (OAC's documented key policy names cloudfront.amazonaws.com). An OAI
  // cannot be granted KMS use: "OAI doesn't support SSE-KMS" (CloudFront developer guide).
  if (caller.type === 'Service' || caller.account === 'cloudfront') {
    const named =
      caller.type === 'Service' &&
      evaluatePolicy(directGrants(keyPolicy, keyAccount), context, RESOURCE).decision === 'Allow';
    return named
      ? { ...base, allowed: true, decidedBy: 'key-policy' }
      : { ...base, allowed: false, decidedBy: 'none', missing: 'resource-based' };
  }
  const isRoot = caller.type === 'Account';
  const identityAllows = isRoot || identityEval?.decision === 'Allow';
  const asRoot = (account: string): RequestContext => ({
    ...context,
    principal: { arn: rootArn(account), account, type: 'Account' },
  });
  const rootEnabled = (account: string) =>
    evaluatePolicy(keyPolicy, asRoot(account), RESOURCE).decision === 'Allow';
  const direct =
    !isRoot && evaluatePolicy(directGrants(keyPolicy, keyAccount), context, RESOURCE).decision === 'Allow';

  if (caller.account === keyAccount) {
    if (direct) return { ...base, allowed: true, decidedBy: 'key-policy' };
    if (!rootEnabled(keyAccount))
      return { ...base, allowed: false, decidedBy: 'none', missing: 'resource-based' };
    if (identityAllows) return { ...base, allowed: true, decidedBy: 'iam' };
    return { ...base, allowed: false, decidedBy: 'none', missing: 'identity-based' };
  }
  // Another account: the key policy must allow the caller (or its account), and so must its IAM policy.
  if (!direct && !rootEnabled(caller.account)) {
    return { ...base, allowed: false, decidedBy: 'none', missing: 'resource-based' };
  }
  if (!identityAllows) return { ...base, allowed: false, decidedBy: 'none', missing: 'identity-based' };
  return { ...base, allowed: true, decidedBy: direct ? 'key-policy' : 'iam' };
}

/** KMS's AccessDeniedException text (the IAM-style message KMS returns since 2021). */
export function accessDeniedMessage(
  callerArn: string,
  action: string,
  keyArn: string,
  auth: KmsAuthorization,
) {
  const prefix = `User: ${callerArn} is not authorized to perform: ${action} on resource: ${keyArn}`;
  if (auth.deniedBy === 'identity-based')
    return `${prefix} with an explicit deny in an identity-based policy`;
  if (auth.deniedBy) return `${prefix} with an explicit deny in a resource-based policy`;
  return `${prefix} because no ${auth.missing ?? 'resource-based'} policy allows the ${action} action`;
}
