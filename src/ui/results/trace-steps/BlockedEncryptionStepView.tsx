import { Chip } from '../common/Chip.tsx';
import { asBoolean } from '../format/json-data.ts';
import type { StepViewProps } from './types.ts';

/** The bucket's SSE-C block against the request's use of SSE-C. */
export function BlockedEncryptionStepView({ step }: StepViewProps) {
  const data = step.data ?? {};
  const blocked = asBoolean(data.sseCBlocked);
  const usesSseC = asBoolean(data.requestUsesSseC);
  if (blocked === undefined && usesSseC === undefined) return null;
  return (
    <div className="flex flex-wrap gap-1">
      {blocked !== undefined ? (
        <Chip tone={blocked ? 'warn' : 'neutral'}>
          {blocked ? 'Bucket blocks SSE-C writes' : 'Bucket allows SSE-C'}
        </Chip>
      ) : null}
      {usesSseC !== undefined ? (
        <Chip tone={usesSseC && blocked ? 'bad' : 'neutral'}>
          {usesSseC ? 'Request uses SSE-C' : 'Request does not use SSE-C'}
        </Chip>
      ) : null}
    </div>
  );
}
