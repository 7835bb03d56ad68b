import type { ConditionKeyInfo } from '../catalog/key-types.ts';
import { keyAppliesToAction } from '../catalog/keys.ts';
import { S3Messages } from '../parse/s3-messages.ts';
import { Step, statementRank } from '../parse/s3-order.ts';
import type { StatementCheck } from './check-context.ts';
import { type ActionEntryScope, actionScopes } from './statement-actions.ts';

const KIND_HINT = {
  object: 'objects (arn:aws:s3:::<bucket>/*)',
  bucket: 'the bucket itself (arn:aws:s3:::<bucket>, without /*)',
  account: 'the account, not a bucket or object',
  other: 'access points, jobs or other resources, not a bucket or object',
} as const;

/**
 * The first Action entry none of whose actions gets the key. An entry whose actions fit no
 * resource is judged on all it names: S3 then reports the condition, not the pairing (versitygw's
 * note on s3:prefix with ListBucketMultipartUploads).
 */
function entryWithoutKey(scopes: ActionEntryScope[], info: ConditionKeyInfo): ActionEntryScope | undefined {
  for (const scope of scopes) {
    const actions = scope.applicable.length > 0 ? scope.applicable : scope.named;
    if (actions.length === 0) continue;
    let sent = false;
    for (const action of actions) {
      if (keyAppliesToAction(info, action.name)) {
        sent = true;
        break;
      }
    }
    if (!sent) return scope;
  }
  return undefined;
}

/**
 * S3's pairing rules (conformance obs-put-policy-*-action-on-*-arn, obs-put-policy-prefix-condition-*,
 * vgw-put-policy-acl-condition-on-get-and-put): every Action entry must apply to one of the listed
 * resources, and every s3: condition key must be one S3 sends for the actions each entry names
 * (a wildcard entry needs only one such action).
 */
export const checkApplicability: StatementCheck = (ctx, statement, conditions) => {
  if (ctx.kind !== 'bucket') return;
  const scopes = actionScopes(ctx, statement);
  if (!scopes) return;
  for (const { entry: condition, item, key: info } of conditions) {
    if (!info || info.actions === 'all') continue;
    const offending = entryWithoutKey(scopes, info);
    if (!offending) continue;
    const sentFor = info.actions.slice(0, 4).join(', ') + (info.actions.length > 4 ? ', ...' : '');
    ctx.sink.addAt(
      {
        code: 'condition-not-applicable',
        message: `S3 sends ${info.name} only for ${sentFor}, not for ${offending.entry.value}: S3 refuses a statement whose condition keys do not apply to all its actions. Split it into two statements`,
        rank: statementRank(statement.index, Step.ConditionApplies, item),
        s3Message: S3Messages.conditionsDoNotApply,
      },
      condition.key.range,
    );
  }
  for (const scope of scopes) {
    if (scope.named.length === 0 || scope.applicable.length > 0) continue;
    const kind = scope.named[0]?.resource ?? 'object';
    ctx.sink.addAt(
      {
        code: 'action-not-applicable',
        message: `${scope.entry.value} applies to ${KIND_HINT[kind]}, and no Resource of this statement names that`,
        rank: statementRank(statement.index, Step.ActionApplies, scope.index),
        s3Message: S3Messages.actionDoesNotApply,
      },
      scope.entry.range,
    );
  }
};
