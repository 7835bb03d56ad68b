import { usePlayground } from '../../../state/context.tsx';
import type { PlaygroundState } from '../../../state/store.ts';
import { Chip } from '../common/Chip.tsx';
import { PolicyEvaluationView } from './authorization/PolicyEvaluationView.tsx';
import { readAuthorization } from './authorization-data.ts';
import type { StepViewProps } from './types.ts';

const DECIDED_BY: Record<string, string> = {
  'bucket-policy': 'decided by the bucket policy',
  'identity-policy': "decided by the caller's identity policy",
  'account-root': 'the bucket owner account root is allowed',
  none: 'no policy allows it',
};

/** The request context S3 built, and each policy's statements with their matches and condition values. */
const selectReveal = (s: PlaygroundState) => s.revealPolicyStatement;

export function AuthorizationStepView({ step }: StepViewProps<'authorization'>) {
  const view = readAuthorization(step.data ?? {});
  const reveal = usePlayground(selectReveal);
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-1">
        {view.principal ? <Chip>principal {view.principal}</Chip> : null}
        {view.action ? <Chip>{view.action}</Chip> : null}
        {view.resource ? <Chip>{view.resource}</Chip> : null}
        {view.decision ? (
          <Chip tone={view.decision === 'Allow' ? 'good' : 'bad'}>{view.decision}</Chip>
        ) : null}
        {view.decidedBy ? <Chip>{DECIDED_BY[view.decidedBy] ?? view.decidedBy}</Chip> : null}
        {view.publicGrantIgnored ? (
          <Chip tone="warn">Public grant ignored: Block Public Access (RestrictPublicBuckets)</Chip>
        ) : null}
      </div>
      {view.context.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-xs font-medium">
            Request context: what the policies see ({view.context.length} keys)
          </summary>
          <dl className="grid grid-cols-[minmax(6rem,max-content)_1fr] gap-x-3 text-xs">
            {view.context.map(([key, values]) => (
              <div key={key} className="contents">
                <dt className="font-mono text-slate-500 dark:text-slate-400">{key}</dt>
                <dd className="font-mono break-all">{values.join(', ')}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
      {view.bucketPolicy ? (
        <PolicyEvaluationView name="Bucket policy" evaluation={view.bucketPolicy} onReveal={reveal} />
      ) : null}
      {view.identityPolicy ? (
        <PolicyEvaluationView name="Identity policy" evaluation={view.identityPolicy} />
      ) : null}
      {!view.bucketPolicy && !view.identityPolicy && step.data?.evaluation !== undefined ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          No bucket policy and no identity policy were evaluated.
        </p>
      ) : null}
    </div>
  );
}
