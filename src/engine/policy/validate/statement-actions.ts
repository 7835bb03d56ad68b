import { type S3ActionInfo, s3ActionsNamed } from '../catalog/actions.ts';
import type { Located, Statement } from '../types.ts';
import type { CheckContext } from './check-context.ts';
import { type ResourceScope, resourceScope, S3_ARN_PREFIX } from './resource-scope.ts';

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
 * checks ask for the same statement in one analysis: the answer is kept in the check context.
 */
export function actionScopes(ctx: CheckContext, statement: Statement): ActionEntryScope[] | undefined {
  ctx.actionScopes ??= new Map();
  const memo = ctx.actionScopes;
  if (memo.has(statement)) return memo.get(statement);
  const scopes = computeScopes(statement, ctx.options.bucket);
  memo.set(statement, scopes);
  return scopes;
}

function computeScopes(statement: Statement, bucket: string | undefined): ActionEntryScope[] | undefined {
  if (!statement.action || !statement.resource || statement.notAction || statement.notResource)
    return undefined;
  const scope: ResourceScope = { bucket: false, object: false };
  for (const resource of statement.resource) {
    if (!resource.value.startsWith(S3_ARN_PREFIX)) continue;
    const one = resourceScope(resource.value, bucket);
    scope.bucket ||= one.bucket;
    scope.object ||= one.object;
  }
  if (!scope.bucket && !scope.object) return undefined;
  return statement.action.map((entry, index) => {
    const named = s3ActionsNamed(entry.value);
    return { entry, index, named, applicable: applicableTo(named, scope) };
  });
}

/**
 * The actions of `named` that act on the scope's resources. The named lists come from the action
 * catalog's cache (`s3:*` is every action), so each list is filtered once per kind of scope.
 */
function applicableTo(named: readonly S3ActionInfo[], scope: ResourceScope): readonly S3ActionInfo[] {
  const slot = (scope.bucket ? 1 : 0) + (scope.object ? 2 : 0);
  let filtered = applicableByScope.get(named);
  if (!filtered) {
    filtered = [];
    applicableByScope.set(named, filtered);
  }
  let actions = filtered[slot];
  if (!actions) {
    actions = named.filter(
      (action) =>
        (action.resource === 'bucket' && scope.bucket) || (action.resource === 'object' && scope.object),
    );
    filtered[slot] = actions;
  }
  return actions;
}

const applicableByScope = new WeakMap<readonly S3ActionInfo[], (readonly S3ActionInfo[])[]>();
