import { type S3ActionInfo, s3ActionsNamed } from '../catalog/actions.ts';
import type { Located, Statement } from '../types.ts';
import type { CheckContext } from './check-context.ts';
import { isS3Arn, s3ArnScope } from './resource-scope.ts';

export interface ActionEntryScope {
  entry: Located<string>;
  index: number;
  /** The S3 actions the entry names. */
  named: readonly S3ActionInfo[];
  /** Those that apply to one of the statement's resources. */
  applicable: readonly S3ActionInfo[];
}

/**
 * For each Action entry of a bucket-policy statement, the actions it names and those that apply
 * to the statement's resources. Undefined when the statement uses NotAction/NotResource or lists
 * no valid resource (then S3's pairing rules do not apply or another error comes first). Several
 * checks ask for the same statement in one analysis: the answer is kept in the check context, by
 * statement index (null: worked out, none).
 */
export function actionScopes(ctx: CheckContext, statement: Statement): ActionEntryScope[] | undefined {
  ctx.actionScopes ??= [];
  const known = ctx.actionScopes[statement.index];
  if (known !== undefined) return known ?? undefined;
  const scopes = computeScopes(statement, ctx.options.bucket);
  ctx.actionScopes[statement.index] = scopes ?? null;
  return scopes;
}

function computeScopes(statement: Statement, bucket: string | undefined): ActionEntryScope[] | undefined {
  if (!statement.action || !statement.resource || statement.notAction || statement.notResource)
    return undefined;
  let bucketScope = false;
  let objectScope = false;
  for (const resource of statement.resource) {
    if (!isS3Arn(resource.value)) continue;
    const one = s3ArnScope(resource.value, bucket);
    bucketScope ||= one.bucket;
    objectScope ||= one.object;
  }
  if (!bucketScope && !objectScope) return undefined;
  const slot = (bucketScope ? 1 : 0) + (objectScope ? 2 : 0);
  const scopes: ActionEntryScope[] = [];
  for (let index = 0; index < statement.action.length; index++) {
    const entry = statement.action[index]!;
    const named = s3ActionsNamed(entry.value);
    scopes.push({ entry, index, named, applicable: applicableTo(named, slot) });
  }
  return scopes;
}

/**
 * The actions of `named` that act on the scope's resources. The named lists come from the action
 * catalog's cache (`s3:*` is every action), so each list is filtered once per kind of scope.
 */
function applicableTo(named: readonly S3ActionInfo[], slot: number): readonly S3ActionInfo[] {
  // Most entries name one action: it applies or not, without a look-up.
  if (named.length === 1) return appliesIn(named[0]!, slot) ? named : NONE;
  let filtered = applicableByScope.get(named);
  if (!filtered) {
    filtered = [];
    applicableByScope.set(named, filtered);
  }
  let actions = filtered[slot];
  if (!actions) {
    actions = named.filter((action) => appliesIn(action, slot));
    filtered[slot] = actions;
  }
  return actions;
}

/** Whether the action acts on a resource of the slot (1: the bucket, 2: its objects, 3: both). */
const appliesIn = (action: S3ActionInfo, slot: number) =>
  (action.resource === 'bucket' && (slot & 1) !== 0) || (action.resource === 'object' && (slot & 2) !== 0);

const NONE: readonly S3ActionInfo[] = [];

const applicableByScope = new WeakMap<readonly S3ActionInfo[], (readonly S3ActionInfo[])[]>();

/** Whether one of the statement's Action entries names s3:PutObject (directly or by a wildcard). */
export function coversPutObject(statement: Statement): boolean {
  for (const entry of statement.action ?? []) {
    for (const action of s3ActionsNamed(entry.value)) if (action.name === 's3:PutObject') return true;
  }
  return false;
}
