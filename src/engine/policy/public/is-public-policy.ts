import type { Policy, PrincipalSpec, Statement } from '../types.ts';
import { fixesCaller } from './fixing-conditions.ts';

/**
 * Is a bucket policy public, in S3's sense? S3 starts from "public" and looks for a reason to call
 * each Allow statement non-public: a fixed principal, or a condition that fixes the caller (see
 * fixing-conditions.ts). Deny statements never make a policy public. One public statement makes
 * the whole policy public.
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status
 */
export interface PublicPolicyStatus {
  isPublic: boolean;
  /** Indexes of the statements that make the policy public. */
  statements: number[];
  /** One sentence per public statement. */
  reasons: { index: number; reason: string }[];
}

/** Why the principal is not fixed, or undefined when it is. */
function openPrincipal(spec: PrincipalSpec): string | undefined {
  if (spec.kind === 'wildcard') return 'Principal "*" names everyone';
  for (const [type, values] of Object.entries(spec.entries)) {
    for (const { value } of values) {
      if (/[*?]/.test(value) || value.includes('${'))
        return `Principal ${type} "${value}" is not a fixed value`;
      if (type === 'Federated')
        return `Principal Federated "${value}" names every user of that identity provider`;
    }
  }
  return undefined;
}

function publicReason(statement: Statement, ownerAccount: string): string | undefined {
  if (statement.effect.value !== 'Allow') return undefined;
  const name = statement.sid ? `Statement "${statement.sid.value}"` : `Statement[${statement.index}]`;
  let open: string | undefined;
  if (statement.notPrincipal) open = 'NotPrincipal with Allow grants to everyone not listed';
  else if (statement.principal) open = openPrincipal(statement.principal);
  if (open === undefined || statement.conditions.some(fixesCaller)) return undefined;
  return `${name} is public: ${open}, and no condition pins the caller to fixed values (a narrow aws:SourceIp range, aws:SourceVpce, aws:SourceAccount, aws:PrincipalOrgID, ...), so it can grant access outside account ${ownerAccount}.`;
}

export function isPublicPolicy(policy: Policy, ownerAccount: string): PublicPolicyStatus {
  const reasons: { index: number; reason: string }[] = [];
  for (const statement of policy.statements) {
    const reason = publicReason(statement, ownerAccount);
    if (reason) reasons.push({ index: statement.index, reason });
  }
  return { isPublic: reasons.length > 0, statements: reasons.map((r) => r.index), reasons };
}
