import { useState } from 'react';
import { usePlayground } from '../../state/context.tsx';
import type { KeySnapshot } from '../../state/engine-port.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { smallButtonClass } from '../common/PanelBoundary.tsx';
import { S3Answer } from '../common/S3Answer.tsx';
import { KeyPolicyEditor } from './KeyPolicyEditor.tsx';

const selectCommand = (s: PlaygroundState) => s.kmsCommand;
const selectLast = (s: PlaygroundState) => s.kmsLast;

const STATE_TONE: Record<KeySnapshot['state'], string> = {
  Enabled: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100',
  Disabled: 'bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100',
  PendingDeletion: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
};

/** One key: its state, its call counters, and the administrative calls KMS takes for it. */
export function KeyCard({ keyInfo }: { keyInfo: KeySnapshot }) {
  const command = usePlayground(selectCommand);
  const [showPolicy, setShowPolicy] = useState(false);
  const last = usePlayground(selectLast);
  const lastBody = last?.request.body as { KeyId?: unknown } | undefined;
  const answer = last && lastBody?.KeyId === keyInfo.keyId ? last : null;
  const name = keyInfo.alias ?? keyInfo.keyId;
  const run = (operation: Parameters<typeof command>[0], extra: Record<string, unknown> = {}) =>
    void command(operation, { KeyId: keyInfo.keyId, ...extra });
  const customer = keyInfo.manager === 'CUSTOMER';
  return (
    <li
      aria-label={`Key ${name}`}
      className="rounded border border-slate-200 p-2 text-sm dark:border-slate-700"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">{name}</span>
        <span className={`rounded px-1.5 text-xs ${STATE_TONE[keyInfo.state]}`}>{keyInfo.state}</span>
        <span className="text-xs text-slate-600 dark:text-slate-400">
          {keyInfo.manager === 'AWS' ? 'AWS managed' : 'customer managed'}
        </span>
      </div>
      <p className="font-mono text-xs break-all text-slate-600 dark:text-slate-400" title={keyInfo.arn}>
        {keyInfo.arn}
      </p>
      <p className="text-xs">
        GenerateDataKey <strong>{keyInfo.calls.GenerateDataKey}</strong> · Decrypt{' '}
        <strong>{keyInfo.calls.Decrypt}</strong>
        {keyInfo.refused.GenerateDataKey + keyInfo.refused.Decrypt > 0
          ? ` · refused ${keyInfo.refused.GenerateDataKey + keyInfo.refused.Decrypt}`
          : ''}
        {keyInfo.deletionDate ? ` · deletion on ${keyInfo.deletionDate.slice(0, 10)}` : ''}
      </p>
      <div className="mt-1 flex flex-wrap gap-1">
        {customer && keyInfo.state === 'Enabled' ? (
          <button type="button" className={smallButtonClass} onClick={() => run('kms:DisableKey')}>
            Disable {name}
          </button>
        ) : null}
        {customer && keyInfo.state === 'Disabled' ? (
          <button type="button" className={smallButtonClass} onClick={() => run('kms:EnableKey')}>
            Enable {name}
          </button>
        ) : null}
        {customer && keyInfo.state !== 'PendingDeletion' ? (
          <button
            type="button"
            className={smallButtonClass}
            onClick={() => run('kms:ScheduleKeyDeletion', { PendingWindowInDays: 7 })}
          >
            Schedule deletion (7 days)
          </button>
        ) : null}
        {customer && keyInfo.state === 'PendingDeletion' ? (
          <button type="button" className={smallButtonClass} onClick={() => run('kms:CancelKeyDeletion')}>
            Cancel deletion
          </button>
        ) : null}
        <button
          type="button"
          className={smallButtonClass}
          aria-expanded={showPolicy}
          onClick={() => setShowPolicy(!showPolicy)}
        >
          {showPolicy ? 'Hide key policy' : 'Key policy'}
        </button>
      </div>
      {answer ? <S3Answer outcome={answer.outcome} label={answer.request.operation} /> : null}
      {showPolicy ? <KeyPolicyEditor keyInfo={keyInfo} /> : null}
    </li>
  );
}
