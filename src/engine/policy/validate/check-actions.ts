import { S3_ACTIONS, s3ActionsNamed } from '../catalog/actions.ts';
import { closestName } from '../catalog/wildcard.ts';
import { S3Messages } from '../parse/s3-messages.ts';
import { Step, statementRank } from '../parse/s3-order.ts';
import type { Located, Statement } from '../types.ts';
import type { CheckContext } from './check-context.ts';

const ACTION_NAMES = S3_ACTIONS.map((action) => action.name);

/** Why an Action entry names no S3 action, with a suggestion where one is close. */
function explain(entry: string): string {
  const colon = entry.indexOf(':');
  if (colon < 0) {
    const guess = closestName(`s3:${entry}`, ACTION_NAMES);
    return `"${entry}" has no service prefix${guess ? `: did you mean "${guess}"?` : ': write it as s3:<Action>'}`;
  }
  const service = entry.slice(0, colon);
  if (service.toLowerCase() !== 's3') {
    return `"${entry}" is a ${service} action: a bucket policy can only grant or deny s3: actions`;
  }
  const guess = closestName(entry, ACTION_NAMES);
  return `"${entry}" is not an S3 action${guess ? `: did you mean "${guess}"?` : ''}`;
}

/**
 * Action and NotAction entries must each name at least one S3 action ("Policy has invalid
 * action", conformance vgw-put-policy-action-*). Identity policies may name other services.
 */
export function checkActions(ctx: CheckContext, statement: Statement): void {
  if (statement.action) checkEntries(ctx, statement, 'Action', statement.action);
  if (statement.notAction) checkEntries(ctx, statement, 'NotAction', statement.notAction);
}

function checkEntries(ctx: CheckContext, statement: Statement, element: string, entries: Located<string>[]) {
  if (entries.length === 0) {
    report(ctx, statement, `${element} is an empty list: name at least one action`, statement.range, 0);
    return;
  }
  for (let item = 0; item < entries.length; item++) {
    const entry = entries[item]!;
    if (s3ActionsNamed(entry.value).length > 0) continue;
    const isS3 = entry.value.toLowerCase().startsWith('s3:') || !entry.value.includes(':');
    if (ctx.kind === 'identity' && !isS3) continue;
    report(ctx, statement, explain(entry.value), entry.range, item);
  }
}

function report(
  ctx: CheckContext,
  statement: Statement,
  message: string,
  range: Statement['range'],
  item: number,
) {
  ctx.sink.addAt(
    {
      code: 'invalid-action',
      message,
      rank: statementRank(statement.index, Step.ActionValue, item),
      s3Message: S3Messages.invalidAction,
    },
    range,
  );
}
