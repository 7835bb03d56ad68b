/**
 * kms:CreateKey as the simulator reads it from a request body, and the set-up key that rebuilds
 * a key one made (used by "Save as lesson": a saved lesson starts with the keys the session
 * created, under the ids KMS gave them, since later steps name them).
 */
import { isJsonObject } from '../json.ts';
import type { JsonObject, KmsKeySetup, Outcome, RequestInput } from '../types.ts';
import { normalizeAlias } from './arns.ts';
import { policyDocument } from './key-policy.ts';
import type { CreateKeyInput } from './types.ts';

/** The members of a CreateKey body the simulated KMS takes; others are ignored, as KMS ignores none. */
export function createKeyInput(body: JsonObject): CreateKeyInput {
  const { KeyId, Alias, Policy, Description } = body;
  return {
    ...(typeof KeyId === 'string' && KeyId !== '' ? { KeyId } : {}),
    ...(typeof Alias === 'string' ? { Alias } : {}),
    ...(typeof Policy === 'string' || isJsonObject(Policy) ? { Policy } : {}),
    ...(typeof Description === 'string' ? { Description } : {}),
  };
}

/**
 * The set-up key (docs/scenario-format.md, "kmsKeys") for the key a successful CreateKey made:
 * its id from the answer's KeyMetadata, the alias and key policy it was created with. Undefined
 * for any other request or a refused one.
 */
export function setupKeyOfCreateKey(request: RequestInput, outcome: Outcome): KmsKeySetup | undefined {
  if (request.operation !== 'kms:CreateKey' || outcome.response.status !== 200) return undefined;
  const answer = outcome.response.body;
  const metadata = isJsonObject(answer) ? answer.KeyMetadata : undefined;
  const id = isJsonObject(metadata) ? metadata.KeyId : undefined;
  if (typeof id !== 'string') return undefined;
  const input = createKeyInput(isJsonObject(request.body) ? request.body : {});
  const policy = input.Policy === undefined ? undefined : policyDocument(input.Policy);
  return {
    id,
    ...(input.Alias !== undefined ? { alias: normalizeAlias(input.Alias) } : {}),
    ...(policy ? { policy } : {}),
  };
}
