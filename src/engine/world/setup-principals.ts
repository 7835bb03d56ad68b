/** Set-up principals: IAM users and roles with an optional identity policy (parsed as an identity policy). */
import { accountOfPrincipal } from '../kms/arns.ts';
import { parsePolicy } from '../policy/parse/index.ts';
import type { PrincipalSetup, SetupProblem } from '../types.ts';
import type { PrincipalState } from './types.ts';

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
