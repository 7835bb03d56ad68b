import type { S3ActionInfo } from '../catalog/actions.ts';
import { keyAppliesToAction } from '../catalog/keys.ts';
import { Phase } from '../parse/s3-order.ts';
import { absentConsequence, valueWhenKeyAbsent } from './absent-key.ts';
import type { StatementCheck } from './check-context.ts';
import { type ActionEntryScope, actionScopes } from './statement-actions.ts';

/** Everyday actions first, so the examples are ones the reader recognises. */
const FAMILIAR = ['s3:GetObject', 's3:ListBucket', 's3:DeleteObject', 's3:GetObjectVersion', 's3:PutObject'];
const familiarity = (name: string) => {
  const index = FAMILIAR.indexOf(name);
  return index < 0 ? FAMILIAR.length : index;
};
const byFamiliarity = (a: string, b: string) => familiarity(a) - familiarity(b);

/** The actions the statement's entries apply to, each once, in the order the entries name them. */
function coveredActions(scopes: ActionEntryScope[]): readonly S3ActionInfo[] {
  // One entry's actions come from the catalog, one each.
  if (scopes.length === 1) return scopes[0]!.applicable;
  const actions = new Set<S3ActionInfo>();
  for (const scope of scopes) for (const action of scope.applicable) actions.add(action);
  return [...actions];
}

/**
 * A key that S3 sends for only some of the statement's actions (S3 accepts this when a wildcard
 * such as `s3:*` names at least one action that gets it). For the others the key is absent, which
 * turns a negated operator true: `Deny s3:* if StringNotEquals s3:x-amz-server-side-encryption`
 * also denies every GET.
 */
export const lintKeyPresence: StatementCheck = (ctx, statement, conditions) => {
  if (ctx.kind !== 'bucket') return;
  const scopes = actionScopes(ctx, statement);
  if (!scopes) return;
  // The actions the statement covers, built only for a key S3 sends for some actions alone.
  let covered: readonly S3ActionInfo[] | undefined;
  for (const { entry, key: info, operator } of conditions) {
    if (!info || info.actions === 'all' || !operator) continue;
    covered ??= coveredActions(scopes);
    const sent: string[] = [];
    const notSent: string[] = [];
    for (const { name } of covered) (keyAppliesToAction(info, name) ? sent : notSent).push(name);
    notSent.sort(byFamiliarity);
    if (sent.length === 0 || notSent.length === 0) continue;
    const examples =
      notSent.slice(0, 3).join(', ') + (notSent.length > 3 ? ` and ${notSent.length - 3} more` : '');
    const outcome = valueWhenKeyAbsent(entry, operator.base.negated);
    ctx.sink.addAt(
      {
        severity: 'warning',
        code: 'key-not-sent',
        message: `S3 sends ${info.name} only for ${sent.join(', ')}. For the other actions of this statement (${examples}) it is absent, so for them ${absentConsequence(statement.effect.value, outcome)}`,
        rank: [Phase.Advice],
      },
      entry.key.range,
    );
  }
};
