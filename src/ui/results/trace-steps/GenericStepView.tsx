import { KeyValueList } from '../common/KeyValueList.tsx';
import type { StepViewProps } from './types.ts';

/** The fallback: whatever the engine recorded, as a key/value list. */
export function GenericStepView({ step }: StepViewProps) {
  return step.data ? <KeyValueList data={step.data} label={`${step.title}: recorded values`} /> : null;
}
