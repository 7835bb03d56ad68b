import { Chip } from '../common/Chip.tsx';
import { KeyValueList } from '../common/KeyValueList.tsx';
import { omit } from './omit.ts';
import type { StepViewProps } from './types.ts';

/** Which encryption applies and who chose it: the request's headers or the bucket default (CloudTrail's SSEApplied). */
export function EncryptionChoiceStepView({ step }: StepViewProps<'encryption-choice'>) {
  const data = step.data ?? {};
  const { listBucket, ...listed } = data;
  const { mode, sseApplied: applied } = listed;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap gap-1">
        {mode ? <Chip tone="good">{mode}</Chip> : null}
        {applied ? (
          <Chip>
            {applied.startsWith('Default_')
              ? 'chosen by the bucket default'
              : 'chosen by the request headers'}
          </Chip>
        ) : null}
        {applied ? <Chip>SSEApplied: {applied}</Chip> : null}
        {listBucket ? (
          <>
            <Chip>
              {listBucket.action} on {listBucket.resource}
            </Chip>
            <Chip tone={listBucket.decision === 'Allow' ? 'good' : 'bad'}>{listBucket.decision}</Chip>
          </>
        ) : null}
      </div>
      <KeyValueList data={omit(listed, ['mode', 'sseApplied'])} />
    </div>
  );
}
