import { KeyValueList } from '../common/KeyValueList.tsx';
import { omit } from './omit.ts';
import type { StepViewProps } from './types.ts';

/** The encryption headers as S3 parsed them, or the header S3 refused. */
export function HeadersStepView({ step }: StepViewProps<'headers'>) {
  const data = step.data ?? {};
  const rest = omit(data, ['header', 'status', 'errorCode']);
  return (
    <div className="flex flex-col gap-1">
      {data.header ? (
        <p className="text-xs">
          Header at fault: <code className="font-mono font-semibold">{data.header}</code>
        </p>
      ) : null}
      {Object.keys(rest).length > 0 ? (
        <KeyValueList data={rest} label="Encryption headers as parsed" />
      ) : step.outcome === 'pass' ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">No encryption headers in the request.</p>
      ) : null}
    </div>
  );
}
