/**
 * Whom a bucket policy names, for a policy pasted from a real account: the IAM users and roles
 * (S3 refuses the policy unless each exists, principal-forms.ts) and the accounts named by its
 * AWS principals (Principal and NotPrincipal) and by KMS key ARNs in its conditions (the
 * `s3:x-amz-server-side-encryption-aws-kms-key-id` a policy requires is a key ARN:
 * arn:aws:kms:REGION:ACCOUNT:key/ID), and by the account-valued condition keys (aws:PrincipalAccount,
 * aws:SourceAccount, aws:ResourceAccount, s3:ResourceAccount: IAM User Guide, "AWS global condition
 * context keys"; a "Deny unless aws:PrincipalAccount is X" names X as much as an Allow for X does).
 * An account other than the bucket owner's is cross-account:
 * its principals need an Allow in their own identity policy too (IAM User Guide, "Cross-account
 * policy evaluation logic").
 */
import { parsePolicy } from '../parse/index.ts';
import type { Policy, PrincipalSpec } from '../types.ts';
import { accountOfAwsPrincipal, USER_OR_ROLE_ARN } from './principal-forms.ts';

const KMS_ARN_ACCOUNT = /^arn:aws[a-z-]*:kms:[^:]*:(\d{12}):/;
const ACCOUNT_KEYS = new Set([
  'aws:principalaccount',
  'aws:sourceaccount',
  'aws:resourceaccount',
  's3:resourceaccount',
]);
const ACCOUNT_ID = /^\d{12}$/;

export interface NamedAccount {
  account: string;
  /** The AWS principal values naming it, as written. */
  principals: string[];
  /** The KMS key or alias ARNs naming it, as written. */
  kmsKeys: string[];
  /** The account-valued condition keys naming it, as written (e.g. `aws:PrincipalAccount`). */
  conditionKeys: string[];
}

export interface NamedInPolicy {
  /** IAM user and role ARNs, in order of first appearance. */
  usersAndRoles: string[];
  /** Each account named, sorted by account id. */
  accounts: NamedAccount[];
}

function awsValues(spec: PrincipalSpec | undefined): string[] {
  return spec?.kind === 'map' ? (spec.entries.AWS ?? []).map((v) => v.value) : [];
}

/** Whom a parsed policy names. */
export function namedInPolicy(policy: Policy): NamedInPolicy {
  const usersAndRoles = new Set<string>();
  const accounts = new Map<string, NamedAccount>();
  const entry = (account: string) => {
    const named = accounts.get(account) ?? { account, principals: [], kmsKeys: [], conditionKeys: [] };
    accounts.set(account, named);
    return named;
  };
  const add = (list: string[], value: string) => {
    if (!list.includes(value)) list.push(value);
  };
  for (const statement of policy.statements) {
    for (const value of [...awsValues(statement.principal), ...awsValues(statement.notPrincipal)]) {
      if (USER_OR_ROLE_ARN.test(value)) usersAndRoles.add(value);
      const account = accountOfAwsPrincipal(value);
      if (account) add(entry(account).principals, value);
    }
    for (const condition of statement.conditions) {
      const accountKey = ACCOUNT_KEYS.has(condition.key.value.toLowerCase());
      for (const { value } of condition.values) {
        if (accountKey && ACCOUNT_ID.test(value)) add(entry(value).conditionKeys, condition.key.value);
        const account = KMS_ARN_ACCOUNT.exec(value)?.[1];
        if (account) add(entry(account).kmsKeys, value);
      }
    }
  }
  return {
    usersAndRoles: [...usersAndRoles],
    accounts: [...accounts.values()].sort((a, b) => a.account.localeCompare(b.account)),
  };
}

/** Whom a policy text names; nothing when it is not a policy at all. */
export function namedInPolicyText(text: string): NamedInPolicy {
  const { policy } = parsePolicy(text);
  return policy ? namedInPolicy(policy) : { usersAndRoles: [], accounts: [] };
}
