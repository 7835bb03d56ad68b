import { KeyValueList } from '../common/KeyValueList.tsx';
import { omit } from './omit.ts';
import type { StepViewProps } from './types.ts';

/** A bucket-level operation: the configuration S3 stored or read (encryption, Block Public Access, policy). */
export function BucketStepView({ step }: StepViewProps<'bucket'>) {
  const data = step.data;
  if (!data) return null;
  return <KeyValueList data={omit(data, ['status', 'errorCode'])} label={`${step.title}: recorded values`} />;
}
