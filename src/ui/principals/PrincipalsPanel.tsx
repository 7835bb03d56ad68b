import { type KeyboardEvent, useState } from 'react';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, focusRing, inputClass } from '../common/PanelBoundary.tsx';
import { IdentityPolicyTab } from './IdentityPolicyTab.tsx';

const selectPrincipals = (s: PlaygroundState) => s.setup.principals;
const selectPut = (s: PlaygroundState) => s.putPrincipal;
const selectProblems = (s: PlaygroundState) => s.principalProblems;
const selectSetDraft = (s: PlaygroundState) => s.setDraft;

const ANONYMOUS = 'anonymous';
const short = (arn: string) => arn.split(':').slice(4).join(':');

/**
 * The callers: IAM users and roles of this account or another, each with an identity policy in
 * its own tab, and the anonymous caller. Requests pick them in the request builder's Principal.
 */
export function PrincipalsPanel() {
  const principals = usePlayground(selectPrincipals) ?? [];
  const put = usePlayground(selectPut);
  const problems = usePlayground(selectProblems);
  const setDraft = usePlayground(selectSetDraft);
  const [tab, setTab] = useState<string>(ANONYMOUS);
  const [newArn, setNewArn] = useState('');
  const tabs = [...principals.map((p) => p.arn), ANONYMOUS];
  const current = tabs.includes(tab) ? tab : ANONYMOUS;
  const onKeyDown = (event: KeyboardEvent) => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(tabs.indexOf(current) + step + tabs.length) % tabs.length];
    if (next) {
      setTab(next);
      document.getElementById(`principal-tab-${tabs.indexOf(next)}`)?.focus();
    }
  };
  const add = async () => {
    const arn = newArn.trim();
    if (await put(arn, '')) {
      setTab(arn);
      setNewArn('');
    }
  };
  const addProblem = problems[newArn.trim()];
  const policyOf = (arn: string) => {
    const policy = principals.find((p) => p.arn === arn)?.policy;
    return policy === undefined ? '' : typeof policy === 'string' ? policy : JSON.stringify(policy, null, 2);
  };
  return (
    <div className="flex flex-col gap-2 text-sm">
      <div
        role="tablist"
        aria-label="Principals"
        aria-orientation="horizontal"
        className="flex flex-wrap gap-1"
      >
        {tabs.map((arn, index) => (
          <button
            key={arn}
            id={`principal-tab-${index}`}
            type="button"
            role="tab"
            aria-selected={arn === current}
            aria-controls={`principal-panel-${index}`}
            tabIndex={arn === current ? 0 : -1}
            onKeyDown={onKeyDown}
            onClick={() => setTab(arn)}
            title={arn}
            className={`rounded border px-2 py-0.5 text-xs ${focusRing} ${arn === current ? 'border-sky-600 bg-sky-50 font-semibold dark:bg-sky-950' : 'border-slate-300 dark:border-slate-600'}`}
          >
            {arn === ANONYMOUS ? 'anonymous' : short(arn)}
          </button>
        ))}
      </div>
      {tabs.map((arn, index) => (
        <div
          key={arn}
          id={`principal-panel-${index}`}
          role="tabpanel"
          aria-labelledby={`principal-tab-${index}`}
          hidden={arn !== current}
        >
          {arn === ANONYMOUS ? (
            <div className="flex flex-col gap-2">
              <p className="text-xs text-slate-600 dark:text-slate-400">
                The anonymous caller signs nothing and has no identity policy: only a bucket policy that
                allows "*" can let it in, and Block Public Access (RestrictPublicBuckets) ignores such grants.
              </p>
              <div>
                <button
                  type="button"
                  className={buttonClass}
                  onClick={() => setDraft({ principal: ANONYMOUS, signature: 'anonymous' })}
                >
                  Make the request anonymous
                </button>
              </div>
            </div>
          ) : (
            <IdentityPolicyTab arn={arn} policyText={policyOf(arn)} active={arn === current} />
          )}
        </div>
      ))}
      <div className="flex flex-col gap-1 border-t border-slate-200 pt-2 dark:border-slate-700">
        <label htmlFor="new-principal" className="text-xs font-medium">
          New principal ARN (IAM user or role, this account or another)
        </label>
        <div className="flex gap-1">
          <input
            id="new-principal"
            value={newArn}
            onChange={(e) => setNewArn(e.target.value)}
            placeholder="arn:aws:iam::111122223333:role/app"
            className={`${inputClass} font-mono text-xs`}
          />
          <button type="button" className={buttonClass} onClick={() => void add()}>
            Add principal
          </button>
        </div>
        {addProblem ? (
          <p role="alert" className="text-xs text-rose-800 dark:text-rose-300">
            {addProblem.map((p) => p.message).join(' ')}
          </p>
        ) : null}
      </div>
    </div>
  );
}
