import { sha256 } from '@noble/hashes/sha2.js';

/**
 * IAM gives every user and role a unique id (`AIDA...` for users, `AROA...` for roles: four
 * letters and 17 base-32 characters). The simulator has no IAM, so it derives a stable one from
 * the ARN: the same principal always gets the same id, in every run.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const cache = new Map<string, string>();

export function simulatedUniqueId(prefix: 'AIDA' | 'AROA', arn: string): string {
  const cacheKey = prefix + arn;
  const known = cache.get(cacheKey);
  if (known !== undefined) return known;
  const digest = sha256(new TextEncoder().encode(arn));
  let id = prefix;
  for (let i = 0; i < 17; i++) id += ALPHABET[(digest[i] as number) % 32];
  if (cache.size >= 1000) cache.clear();
  cache.set(cacheKey, id);
  return id;
}
