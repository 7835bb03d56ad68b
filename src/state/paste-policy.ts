/**
 * A pasted bucket policy into the workspace: the shared adoption (aws-paste/policy-accounts.ts:
 * bucket ARNs, the owner account, the users and roles it names), then the editor's draft, then
 * what S3 would answer to it. A new owner account rebuilds the world from its set-up, as any
 * set-up change does, so it is adopted only while nothing has been sent; declared principals go in
 * through the Principals panel's action.
 */
import type { Diagnostic } from '../engine/index.ts';
import { adoptPastedPolicy } from './aws-paste/policy-accounts.ts';
import type { PlaygroundState } from './slices/types.ts';

const rootOf = (account: string) => `arn:aws:iam::${account}:root`;

/** S3 refuses the policy for each error (the severity rule: errors are S3's refusals). */
export function refusalLine(diagnostics: Diagnostic[]): string | undefined {
  const refusals = diagnostics.filter((d) => d.severity === 'error');
  const [first] = refusals;
  if (!first) return undefined;
  const n = refusals.length;
  const at = `line ${first.range.start.line}, column ${first.range.start.column}: ${first.message}`;
  const apply = `"Apply policy to bucket" gets 400 MalformedPolicy until ${n > 1 ? 'they are' : 'it is'} fixed.`;
  return n > 1
    ? `It has ${n} problems S3 would refuse; the first, at ${at}. ${apply}`
    : `It has 1 problem S3 would refuse, at ${at}. ${apply}`;
}

export async function pastePolicy(
  get: () => PlaygroundState,
  policyText: string,
): Promise<{ summary: string[]; refused?: string }> {
  const state = get();
  // A new owner account rebuilds the world: with requests already sent (objects, keys, versions),
  // the account is kept rather than that work dropped, and the summary says how to adopt it.
  const sent = state.session.length;
  const adoption = adoptPastedPolicy(
    policyText,
    state.setup,
    sent > 0
      ? {
          keepAccount: true,
          ownerHint: (account) =>
            `To run it as in account ${account}, where its principals are the owner's own, paste it into a fresh workspace ("Reset workspace" first): the account is adopted there. It is kept here so the requests already sent (a Send also applies the policy first) and what they stored stay.`,
        }
      : {},
  );
  const summary = ['Bucket policy editor: the pasted policy replaces the draft.', ...adoption.changes];
  const before = adoption.accountBefore;
  if (before !== undefined) {
    // Only when nothing was sent yet (above): nothing is lost by the rebuild.
    await get().loadWorld(adoption.setup);
    summary.push(`The world was rebuilt from its set-up for account ${adoption.setup.account}.`);
    if (get().draft.principal === rootOf(before)) {
      const root = rootOf(adoption.setup.account ?? before);
      get().setDraft({ principal: root });
      summary.push(`Request builder: sends as ${root} (the new owner's root) instead of ${rootOf(before)}.`);
    }
  } else {
    for (const arn of adoption.declared) await get().putPrincipal(arn, '');
  }
  await get().setPolicyText(adoption.policyText);
  const refused = refusalLine(get().policyDiagnostics);
  if (refused) return { summary, refused };
  summary.push('The request matrix shows what it changes; "Apply policy to bucket" puts it in force.');
  return { summary };
}
