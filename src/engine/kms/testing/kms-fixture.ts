/**
 * Test support only: a KMS in account 111122223333, us-east-1, with the placeholder keys of spec
 * §12 and identity policies given as JSON, on a deterministic clock and randomness.
 */
import { deterministicDeps } from '../../deps.ts';
import { parsePolicy } from '../../policy/parse/index.ts';
import type { Policy } from '../../policy/types.ts';
import type { JsonObject, KmsKeySetup } from '../../types.ts';
import { createKms } from '../index.ts';

export const ACCOUNT = '111122223333';
export const OTHER_ACCOUNT = '444455556666';
export const REGION = 'us-east-1';
export const K1 = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const K2 = '0987dcba-09fe-87dc-65ba-ab0987654321';
export const K1_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/${K1}`;
export const K2_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/${K2}`;
export const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
export const APP_ROLE = `arn:aws:iam::${ACCOUNT}:role/app`;
export const ALICE = `arn:aws:iam::${ACCOUNT}:user/alice`;
export const PARTNER = `arn:aws:iam::${OTHER_ACCOUNT}:role/partner`;

/** An identity policy allowing kms:GenerateDataKey and kms:Decrypt on every key. */
export const KMS_USE_POLICY: JsonObject = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['kms:GenerateDataKey', 'kms:Decrypt'], Resource: '*' }],
};

export interface FixtureOptions {
  keys?: KmsKeySetup[];
  identityPolicies?: Record<string, JsonObject>;
  requestsPerSecond?: number;
  seed?: number;
}

export async function kmsFixture(options: FixtureOptions = {}) {
  const deps = deterministicDeps(options.seed ?? 7, Date.UTC(2026, 0, 1));
  const identity = new Map<string, Policy>();
  for (const [arn, doc] of Object.entries(options.identityPolicies ?? {})) {
    const parsed = parsePolicy(JSON.stringify(doc), { kind: 'identity' }).policy;
    if (!parsed) throw new Error(`identity policy for ${arn} does not parse`);
    identity.set(arn, parsed);
  }
  const kms = createKms({
    account: ACCOUNT,
    region: REGION,
    requestsPerSecond: options.requestsPerSecond ?? 5500,
    deps,
    identityPolicyFor: (arn) => identity.get(arn),
  });
  for (const key of options.keys ?? [{ id: K1, alias: 'alias/k1' }]) {
    const added = await kms.addKey(key);
    if (!added.ok) throw new Error(added.error.message);
  }
  return { kms, deps };
}
