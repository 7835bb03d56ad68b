import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { S3Answer } from '../common/S3Answer.tsx';
import { CreateKeyForm } from './CreateKeyForm.tsx';
import { KeyCard } from './KeyCard.tsx';
import { QuotaFields } from './QuotaFields.tsx';

const selectKeys = (s: PlaygroundState) => s.snapshot?.kmsKeys;
const selectLast = (s: PlaygroundState) => s.kmsLast;

/** The account's KMS keys in this Region: state, policy, call counters; every change is a kms:* call. */
export function KmsPanel() {
  const keys = usePlayground(selectKeys) ?? [];
  const last = usePlayground(selectLast);
  return (
    <div className="flex flex-col gap-3">
      {keys.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No keys yet. The AWS managed key aws/s3 appears when S3 first uses it.
        </p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label="KMS keys">
          {keys.map((key) => (
            <KeyCard key={key.arn} keyInfo={key} />
          ))}
        </ul>
      )}
      <CreateKeyForm />
      {last?.request.operation === 'kms:CreateKey' ? (
        <S3Answer outcome={last.outcome} label={last.request.operation} />
      ) : null}
      <QuotaFields />
    </div>
  );
}
