import { ownCopy } from '../own-copy.ts';
import { ACTION_DOCS } from './action-docs.ts';
import { BUCKET_ACTIONS } from './actions-bucket.ts';
import { OBJECT_ACTIONS } from './actions-object.ts';
import { ACCOUNT_ACTIONS, OTHER_RESOURCE_ACTIONS } from './actions-other.ts';
import { wildcardMatch } from './wildcard.ts';

/** What an action applies to; a bucket policy can only name `bucket` and `object` resources. */
export type ActionResourceKind = 'object' | 'bucket' | 'account' | 'other';

export interface S3ActionInfo {
  /** As AWS spells it, e.g. `s3:PutObject`. */
  name: string;
  resource: ActionResourceKind;
  doc: string;
}

function build(names: readonly string[], resource: ActionResourceKind): S3ActionInfo[] {
  return names.map((name) => ({
    name,
    resource,
    doc:
      ACTION_DOCS[name] ??
      `${name.slice(3)} (${resource === 'other' ? 'not a bucket or object' : resource} action).`,
  }));
}

/** Every S3 action of the Service Authorization Reference. */
export const S3_ACTIONS: readonly S3ActionInfo[] = [
  ...build(OBJECT_ACTIONS, 'object'),
  ...build(BUCKET_ACTIONS, 'bucket'),
  ...build(ACCOUNT_ACTIONS, 'account'),
  ...build(OTHER_RESOURCE_ACTIONS, 'other'),
].sort((a, b) => a.name.localeCompare(b.name));

const BY_LOWER_NAME = new Map(S3_ACTIONS.map((action) => [action.name.toLowerCase(), action]));

/** Each action as a one-element list, made once: callers cache work by the list's identity. */
const ONE_ACTION = new Map<S3ActionInfo, readonly S3ActionInfo[]>(
  S3_ACTIONS.map((action) => [action, [action]]),
);

/** The action with this exact name (action names are case-insensitive in IAM). */
export function findS3Action(name: string): S3ActionInfo | undefined {
  return BY_LOWER_NAME.get(name.toLowerCase());
}

/**
 * The S3 actions an Action entry names: `*`, `s3:*`, `s3:Get*`, `s3:PutObject`. Entries of other
 * services, or without a service prefix, name no S3 action.
 */
export function s3ActionsMatching(entry: string): S3ActionInfo[] {
  return [...s3ActionsNamed(entry)];
}

const NONE: readonly S3ActionInfo[] = [];

/**
 * `s3ActionsMatching` without the copy, for the validators that only read the list: a policy is
 * checked on every keystroke, and `s3:*` names every action.
 */
export function s3ActionsNamed(entry: string): readonly S3ActionInfo[] {
  if (entry === '*') return S3_ACTIONS;
  // Most entries are spelled as AWS spells the action: found without lower-casing.
  const spelled = ONE_BY_NAME.get(entry);
  if (spelled) return spelled;
  if (!entry.toLowerCase().startsWith('s3:')) return NONE;
  if (!entry.includes('*') && !entry.includes('?')) {
    const exact = findS3Action(entry);
    return exact ? ONE_ACTION.get(exact)! : NONE;
  }
  let matched = wildcardMatches.get(entry);
  if (!matched) {
    matched = S3_ACTIONS.filter((action) => wildcardMatch(entry, action.name, true));
    if (wildcardMatches.size < MATCH_CACHE_LIMIT && entry.length <= MATCH_KEY_LIMIT) {
      wildcardMatches.set(ownCopy(entry), matched);
    }
  }
  return matched;
}

/**
 * The one-element list of each action by its exact name. Keyed by the catalog's own strings: a
 * map keyed by the spellings of policies would keep the texts they were cut from alive.
 */
const ONE_BY_NAME = new Map(S3_ACTIONS.map((action) => [action.name, ONE_ACTION.get(action)!]));

/**
 * Wildcard entries already matched against the catalog: `s3:*` or `s3:Get*` is matched against
 * every action once, not once per check of every parse. Bounded, since entries come from user text.
 */
const wildcardMatches = new Map<string, readonly S3ActionInfo[]>();
const MATCH_CACHE_LIMIT = 1000;
/** Longer than any action pattern worth remembering (the longest S3 action name is under 60). */
const MATCH_KEY_LIMIT = 128;
