/** Set-up principals: IAM users and roles with an optional identity policy (parsed as an identity policy). */
import { accountOfPrincipal } from '../kms/arns.ts';
import { parsePolicy } from '../policy/parse/index.ts';
import type { PrincipalSetup, SetupProblem } from '../types.ts';
import type { PrincipalState } from './types.ts';

/** An IAM user or role ARN (the principals a set-up declares; the account root needs no entry). */
const IAM_PRINCIPAL = /^arn:aws:iam::\d{12}:(user|role)\/[\w+=,.@/-]+$/;

/**
 * Adds or replaces one principal (the Principals panel's "Apply"): the same checks as the set-up,
 * so an identity policy with errors is refused with its diagnostics and nothing changes.
 */
export function putPrincipal(states: Map<string, PrincipalState>, principal: PrincipalSetup): SetupProblem[] {
  if (!IAM_PRINCIPAL.test(principal.arn)) {
    return [
      {
        path: 'arn',
        message: `"${principal.arn}" is not an IAM user or role ARN (arn:aws:iam::ACCOUNT:user/NAME or arn:aws:iam::ACCOUNT:role/NAME).`,
      },
    ];
  }
  const problems: SetupProblem[] = [];
  const made = setupPrincipals([principal], problems).get(principal.arn);
  if (problems.length > 0 || !made)
    return problems.map((p) => ({ ...p, path: p.path.replace(/^principals\[0\]\./, '') }));
  states.set(principal.arn, made);
  return [];
}

export function setupPrincipals(
  principals: PrincipalSetup[],
  problems: SetupProblem[],
): Map<string, PrincipalState> {
  const states = new Map<string, PrincipalState>();
  for (const [index, principal] of principals.entries()) {
    const account = accountOfPrincipal(principal.arn);
    const state: PrincipalState = { arn: principal.arn, account };
    if (principal.policy !== undefined) {
      const text = typeof principal.policy === 'string' ? principal.policy : JSON.stringify(principal.policy);
      const parsed = parsePolicy(text, { kind: 'identity' });
      const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
      if (!parsed.policy || errors.length > 0) {
        problems.push({
          path: `principals[${index}].policy`,
          message: errors[0]?.message ?? 'The identity policy is not a JSON policy.',
          diagnostics: errors,
        });
      } else {
        state.policyText = text;
        state.policy = parsed.policy;
      }
    }
    states.set(principal.arn, state);
  }
  return states;
}
