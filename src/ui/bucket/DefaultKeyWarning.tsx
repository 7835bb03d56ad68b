import { usePlayground } from '../../state/context.tsx';
import { FAILING_UPLOADS, KEY_NOT_CHECKED, ownBucket } from '../../state/own-bucket.ts';
import type { PlaygroundState } from '../../state/store.ts';

/** The world's own bucket's `defaultKeyProblem` (engine s3/default-key-problem.ts), as in force. */
const selectProblem = (s: PlaygroundState) => ownBucket(s.snapshot)?.defaultKeyProblem ?? null;

/**
 * S3 accepts any KMS key in PutBucketEncryption and only fails at the next upload, so the panel
 * says at once what that upload would get, in the words S3 would use.
 */
export function DefaultKeyWarning() {
  const problem = usePlayground(selectProblem);
  if (!problem) return null;
  return (
    <div
      role="status"
      aria-label="Default KMS key problem"
      className="rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>
        {FAILING_UPLOADS}{' '}
        <span className="font-mono font-semibold">
          {problem.status} {problem.code}
        </span>
        : <span className="[overflow-wrap:anywhere]">{problem.message}</span>
      </p>
      <p className="mt-1">{KEY_NOT_CHECKED}</p>
    </div>
  );
}
