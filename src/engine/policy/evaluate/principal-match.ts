import type { RequestPrincipal } from '../context/types.ts';
import type { PrincipalSpec } from '../types.ts';
import type { PrincipalMatchKind, PrincipalTrace } from './types.ts';

/**
 * Principal and NotPrincipal. `"*"` and `{"AWS": "*"}` name everyone, anonymous callers included.
 * A 12-digit account or `arn:aws:iam::<account>:root` names the account, which covers every
 * identity in it. A role ARN also covers the role's assumed-role sessions. A partial wildcard
 * (`arn:aws:iam::111122223333:user/*`) matches nothing: IAM does not allow wildcards inside a
 * principal. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */

const ACCOUNT_ID = /^\d{12}$/;
const IAM_ARN = /^arn:aws:(iam|sts)::(\d{12}):(.+)$/;

type ValueMatch = Exclude<PrincipalMatchKind, 'not-principal' | 'identity-policy'>;

function roleNameOfSession(principal: RequestPrincipal): string | undefined {
  const m = IAM_ARN.exec(principal.arn);
  if (!m) return undefined;
  const resource = m[3] as string;
  if (principal.type === 'AssumedRole' && resource.startsWith('assumed-role/')) return resource.split('/')[1];
  if (principal.type === 'Role' && resource.startsWith('role/')) return resource.split('/').pop();
  return undefined;
}

/** How one `AWS` value matches the caller, or undefined. */
function matchAwsPrincipalValue(value: string, principal: RequestPrincipal): ValueMatch | undefined {
  if (value === '*') return 'everyone';
  if (principal.type === 'Anonymous' || principal.type === 'Service') return undefined;
  // A CloudFront origin access identity is named by its own ARN (no 12-digit account).
  if (principal.account === 'cloudfront') return value === principal.arn ? 'principal' : undefined;
  if (ACCOUNT_ID.test(value)) return value === principal.account ? 'account' : undefined;
  const m = IAM_ARN.exec(value);
  if (!m || m[2] !== principal.account) return undefined;
  const resource = m[3] as string;
  if (m[1] === 'iam' && resource === 'root') return principal.type === 'Account' ? 'principal' : 'account';
  if (value === principal.arn) return 'principal';
  if (m[1] === 'iam' && resource.startsWith('role/')) {
    const roleName = resource.split('/').pop();
    return roleName !== undefined && roleName === roleNameOfSession(principal) ? 'principal' : undefined;
  }
  return undefined;
}

function callerName(principal: RequestPrincipal): string {
  return principal.type === 'Anonymous' ? 'the anonymous caller' : principal.arn;
}

const KIND_REASON: Record<ValueMatch, string> = {
  everyone: 'which names everyone, anonymous callers included',
  account: 'which names the caller’s account (in a bucket policy this delegates to the account)',
  principal: 'which names the caller',
};

export type PrincipalMatcher = (principal: RequestPrincipal) => PrincipalTrace;

/** The `AWS` values of a spec (`*` for the wildcard form); other principal types never name our callers. */
function awsValues(spec: PrincipalSpec): string[] {
  return spec.kind === 'wildcard' ? ['*'] : (spec.entries.AWS ?? []).map((v) => v.value);
}

export function compilePrincipal(spec: PrincipalSpec): PrincipalMatcher {
  const values = awsValues(spec);
  const partial = values.some((v) => v !== '*' && /[*?]/.test(v));
  const hint = partial
    ? ' A wildcard inside a principal ARN matches nothing: IAM allows only "*" alone.'
    : '';
  const services = spec.kind === 'map' ? (spec.entries.Service ?? []).map((v) => v.value) : [];
  return (principal) => {
    // {"Service": "cloudfront.amazonaws.com"} names that service when it calls as itself.
    const service = principal.type === 'Service' ? services.find((v) => v === principal.arn) : undefined;
    if (service !== undefined) {
      return {
        element: 'Principal',
        matched: true,
        matchedValue: service,
        matchedBy: 'principal',
        reason: `Principal {"Service": "${service}"} names the service that sent the request.`,
      };
    }
    for (const value of values) {
      const kind = matchAwsPrincipalValue(value, principal);
      if (kind) {
        return {
          element: 'Principal',
          matched: true,
          matchedValue: value,
          matchedBy: kind,
          reason: `Principal "${value}" matches ${callerName(principal)}, ${KIND_REASON[kind]}.`,
        };
      }
    }
    return {
      element: 'Principal',
      matched: false,
      reason: `No Principal value names ${callerName(principal)}, its role or its account.${hint}`,
    };
  };
}

/**
 * NotPrincipal: the statement applies unless the caller is excluded. AWS checks the caller's
 * account as well as the caller itself (and, for a session, its role), so an exclusion must list
 * the account too; listing only a user leaves the account, and so the user, in scope.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
export function compileNotPrincipal(spec: PrincipalSpec): PrincipalMatcher {
  const values = awsValues(spec);
  return (principal) => {
    const kinds = values.map((v) => matchAwsPrincipalValue(v, principal));
    const everyone = kinds.includes('everyone');
    const accountListed = everyone || kinds.includes('account');
    const selfListed = everyone || kinds.includes('principal');
    let excluded = everyone;
    if (principal.type === 'Account') excluded = accountListed || selfListed;
    else if (principal.type !== 'Anonymous') excluded = accountListed && selfListed;
    if (excluded) {
      return {
        element: 'NotPrincipal',
        matched: false,
        reason: `NotPrincipal lists ${callerName(principal)} (and its account), so the statement does not apply to it.`,
      };
    }
    const missing = selfListed
      ? 'its account is not listed, and AWS checks the account too'
      : 'it is not listed';
    return {
      element: 'NotPrincipal',
      matched: true,
      matchedBy: 'not-principal',
      reason: `NotPrincipal does not exclude ${callerName(principal)}: ${missing}.`,
    };
  };
}
