import type { PresenceOperator } from './types.ts';

/**
 * `"Null": {"key": "true"}` matches when the key is absent from the request; `"false"` when it is
 * present. The values are never compared. IfExists cannot be added to Null.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_Null
 */
export const nullOperator: PresenceOperator = { kind: 'presence', name: 'Null', family: 'Null' };

/** What a Null policy value asks for, or undefined for a value other than true/false. */
export function nullExpectsAbsent(policyValue: string): boolean | undefined {
  const v = policyValue.trim().toLowerCase();
  return v === 'true' ? true : v === 'false' ? false : undefined;
}
