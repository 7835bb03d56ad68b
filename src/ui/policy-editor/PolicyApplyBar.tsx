import { usePlayground } from '../../state/context.tsx';
import { pendingPolicyRequest } from '../../state/policy-pending.ts';
import type { PlaygroundState } from '../../state/store.ts';

const selectApply = (s: PlaygroundState) => s.applyPolicy;
const selectApplyState = (s: PlaygroundState) => s.policyApply;
const selectPending = (s: PlaygroundState) =>
  pendingPolicyRequest(s.policyText, s.snapshot)?.operation ?? null;
const selectEmpty = (s: PlaygroundState) => s.policyText.trim() === '';

/** Sends the text to S3 as PutBucketPolicy; S3's refusal (MalformedPolicy, public policy) shows as it is. */
export function PolicyApplyBar() {
  const applyPolicy = usePlayground(selectApply);
  const { state, outcome } = usePlayground(selectApplyState);
  const pending = usePlayground(selectPending);
  const empty = usePlayground(selectEmpty);
  const error = outcome?.response.error;
  return (
    <div className="flex min-w-0 items-center gap-2">
      <button
        type="button"
        className="shrink-0 whitespace-nowrap rounded bg-sky-700 px-2 py-0.5 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        onClick={() => void applyPolicy()}
      >
        Apply policy to bucket
      </button>
      <p role="status" className="min-w-0 truncate text-xs">
        {state === 'applied' && !pending ? (
          <span className="text-emerald-700 dark:text-emerald-400">
            {empty
              ? `S3 deleted the bucket policy (${outcome?.response.status}).`
              : `S3 accepted the policy (${outcome?.response.status}).`}
          </span>
        ) : null}
        {state !== 'refused' && pending ? (
          <span className="text-amber-700 dark:text-amber-400">
            {pending === 'DeleteBucketPolicy'
              ? 'Editor is empty: Send request deletes the bucket policy first.'
              : 'Not on the bucket yet: Send request applies it first.'}
          </span>
        ) : null}
        {state === 'refused' ? (
          <span className="text-red-700 dark:text-red-400" title={error?.message}>
            S3 refused: {outcome?.response.status} {error?.code} — {error?.message}
          </span>
        ) : null}
      </p>
    </div>
  );
}
