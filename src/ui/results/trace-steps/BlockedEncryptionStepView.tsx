import { Chip } from '../common/Chip.tsx';
import type { StepViewProps } from './types.ts';

/** The bucket's SSE-C block against the request's use of SSE-C. */
export function BlockedEncryptionStepView({ step }: StepViewProps<'blocked-encryption'>) {
  if (!step.data) return null;
  const { sseCBlocked: blocked, requestUsesSseC: usesSseC } = step.data;
  return (
    <div className="flex flex-wrap gap-1">
      <Chip tone={blocked ? 'warn' : 'neutral'}>
        {blocked ? 'Bucket blocks SSE-C writes' : 'Bucket allows SSE-C'}
      </Chip>
      <Chip tone={usesSseC && blocked ? 'bad' : 'neutral'}>
        {usesSseC ? 'Request uses SSE-C' : 'Request does not use SSE-C'}
      </Chip>
    </div>
  );
}
