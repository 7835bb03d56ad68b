import { isOperation, type Outcome, operationInfo, wentThrough } from '../../engine/index.ts';

/** The service's answer to a configuration change, inline next to the control that sent it. */
export function S3Answer({ outcome, label }: { outcome?: Outcome; label: string }) {
  const service = isOperation(label) && operationInfo(label).scope === 'kms' ? 'KMS' : 'S3';
  if (!outcome) return null;
  const { status, error } = outcome.response;
  const failed = !wentThrough(status);
  return (
    <p
      role="status"
      aria-label={`${label} answer`}
      className={`text-xs ${failed ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}`}
    >
      <span className="font-mono">{label}</span> <span className="font-mono font-semibold">{status}</span>{' '}
      {error ? (
        <>
          <span className="font-mono">{error.code}</span>: {error.message}
        </>
      ) : (
        `${service} accepted it.`
      )}
    </p>
  );
}
