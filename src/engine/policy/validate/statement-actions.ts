import { type S3ActionInfo, s3ActionsMatching } from '../catalog/actions.ts';
import type { Located, Statement } from '../types.ts';
import { type ResourceScope, resourceScope, S3_ARN_PREFIX } from './resource-scope.ts';

export interface ActionEntryScope {
  entry: Located<string>;
  index: number;
  /** The S3 actions the entry names. */
  named: S3ActionInfo[];
  /** Those that apply to one of the statement's resources. */
  applicable: S3ActionInfo[];
}

/**
 * For each Action entry of a bucket-policy statement, the actions it names and those that apply
 * to the statement's resources. Undefined when the statement uses NotAction/NotResource or lists
 * no valid resource (then S3's pairing rules do not apply or another error comes first).
 */
export function actionScopes(
  statement: Statement,
  bucket: string | undefined,
): ActionEntryScope[] | undefined {
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
    const named = s3ActionsMatching(entry.value);
    const applicable = named.filter(
      (action) =>
        (action.resource === 'bucket' && scope.bucket) || (action.resource === 'object' && scope.object),
    );
    return { entry, index, named, applicable };
  });
}
