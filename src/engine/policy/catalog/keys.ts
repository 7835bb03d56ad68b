import type { ConditionKeyInfo } from './key-types.ts';
import { GLOBAL_KEYS } from './keys-global.ts';
import { S3_BUCKET_KEYS } from './keys-s3-bucket.ts';
import { S3_ENCRYPTION_KEYS } from './keys-s3-encryption.ts';
import { S3_OBJECT_KEYS } from './keys-s3-object.ts';
import { S3_REQUEST_KEYS } from './keys-s3-request.ts';

export const CONDITION_KEYS: readonly ConditionKeyInfo[] = [
  ...GLOBAL_KEYS,
  ...S3_REQUEST_KEYS,
  ...S3_ENCRYPTION_KEYS,
  ...S3_OBJECT_KEYS,
  ...S3_BUCKET_KEYS,
];

/** Exact names, and families such as `s3:ExistingObjectTag/` (written `/<key>` in the catalog). */
const isFamily = (info: ConditionKeyInfo) => info.name.includes('/<');
const EXACT = new Map(
  CONDITION_KEYS.filter((info) => !isFamily(info)).map((info) => [info.name.toLowerCase(), info]),
);
const FAMILIES = new Map(
  CONDITION_KEYS.filter(isFamily).map((info) => [
    info.name.slice(0, info.name.indexOf('/<') + 1).toLowerCase(),
    info,
  ]),
);

/**
 * The catalog entry of a key as written in a policy. Key names are case-insensitive in IAM;
 * `s3:ExistingObjectTag/Project` resolves to the `s3:ExistingObjectTag/<key>` family.
 */
export function findConditionKey(name: string): ConditionKeyInfo | undefined {
  // Most keys are spelled as the catalog spells them: found without lower-casing.
  return AS_SPELLED.get(name) ?? lookUpConditionKey(name);
}

/**
 * Exact names as the catalog spells them. Keyed by the catalog's own strings: a map keyed by the
 * spellings of policies would keep the texts they were cut from alive.
 */
const AS_SPELLED = new Map(CONDITION_KEYS.filter((info) => !isFamily(info)).map((info) => [info.name, info]));

function lookUpConditionKey(name: string): ConditionKeyInfo | undefined {
  const lower = name.toLowerCase();
  const exact = EXACT.get(lower);
  if (exact) return exact;
  const slash = lower.indexOf('/');
  if (slash < 0 || slash === lower.length - 1) return undefined;
  return FAMILIES.get(lower.slice(0, slash + 1));
}

/** Whether S3 sends the key for this action (a name from the catalog, e.g. `s3:PutObject`). */
export function keyAppliesToAction(info: ConditionKeyInfo, actionName: string): boolean {
  if (info.actions === 'all') return true;
  let names = actionSets.get(info);
  if (!names) {
    names = new Set([...info.actions, ...info.actions.map((name) => name.toLowerCase())]);
    actionSets.set(info, names);
  }
  // Catalog names are asked in the catalog's spelling: found without lower-casing.
  return names.has(actionName) || names.has(actionName.toLowerCase());
}

/** Each catalog key's actions, as spelled and lower-cased, made once. */
const actionSets = new WeakMap<ConditionKeyInfo, Set<string>>();

/** Names for "did you mean": families are offered without their `<key>` placeholder. */
export function conditionKeyNames(): string[] {
  return CONDITION_KEYS.map((info) => info.name.replace('/<key>', '/'));
}
