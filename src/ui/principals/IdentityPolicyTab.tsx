import { useEffect, useState } from 'react';
import type { Diagnostic } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, primaryButtonClass } from '../common/PanelBoundary.tsx';
import { IdentityPolicyEditor } from './IdentityPolicyEditor.tsx';

const selectPut = (s: PlaygroundState) => s.putPrincipal;
const selectDelete = (s: PlaygroundState) => s.deletePrincipal;
const selectProblems = (s: PlaygroundState) => s.principalProblems;
const selectDiagnose = (s: PlaygroundState) => s.diagnoseIdentityPolicy;
const selectSetDraft = (s: PlaygroundState) => s.setDraft;
const selectAccount = (s: PlaygroundState) => s.snapshot?.account;
const selectBucket = (s: PlaygroundState) => s.snapshot?.bucket ?? 'test-bucket';

const starter = (bucket: string) =>
  `${JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadAndWriteObjects',
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:PutObject'],
          Resource: `arn:aws:s3:::${bucket}/*`,
        },
      ],
    },
    null,
    2,
  )}\n`;

/** One principal: its identity policy with the same diagnostics as the bucket policy editor. */
/** `active`: its tab is the one shown (a hidden tab keeps its text but mounts no editor). */
export function IdentityPolicyTab({
  arn,
  policyText,
  active,
}: {
  arn: string;
  policyText: string;
  active: boolean;
}) {
  const [text, setText] = useState(policyText);
  const put = usePlayground(selectPut);
  const remove = usePlayground(selectDelete);
  const problems = usePlayground(selectProblems)[arn] ?? [];
  const setDraft = usePlayground(selectSetDraft);
  const account = usePlayground(selectAccount);
  const bucket = usePlayground(selectBucket);
  const [note, setNote] = useState('');
  const diagnose = usePlayground(selectDiagnose);
  const [diagnostics, setDiagnostics] = useState<Diagnostic[]>([]);
  // Diagnosed in the engine's worker a moment after typing stops; a later text wins.
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      void diagnose(text).then((found) => {
        if (current) setDiagnostics(found);
      });
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, diagnose]);
  const otherAccount = account !== undefined && !arn.includes(`::${account}:`);
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {otherAccount
          ? 'Another account: S3 allows a request only if the bucket policy AND this identity policy both allow it. An explicit Deny in either wins.'
          : 'This account: S3 allows a request if the bucket policy OR this identity policy allows it, unless one of them explicitly denies it.'}{' '}
        KMS applies the same rule with the key policy.
      </p>
      <IdentityPolicyEditor
        active={active}
        arn={arn}
        text={text}
        onChange={setText}
        diagnostics={diagnostics}
        placeholder={starter(bucket)}
      />
      {problems.length > 0 ? (
        <p role="alert" className="text-rose-800 dark:text-rose-300">
          Not applied: {problems.map((p) => p.message).join(' ')}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={primaryButtonClass}
          onClick={async () =>
            setNote((await put(arn, text)) ? 'Applied: requests from this principal use it now.' : '')
          }
        >
          Apply identity policy
        </button>
        {text.trim() === '' ? (
          <button type="button" className={buttonClass} onClick={() => setText(starter(bucket))}>
            Start from an example
          </button>
        ) : null}
        <button
          type="button"
          className={buttonClass}
          onClick={() => setDraft({ principal: arn, signature: 'SigV4' })}
        >
          Use in the request builder
        </button>
        <button type="button" className={buttonClass} onClick={() => void remove(arn)}>
          Remove principal
        </button>
        <span role="status" className="text-xs text-emerald-700 dark:text-emerald-400">
          {note}
        </span>
      </div>
    </div>
  );
}
