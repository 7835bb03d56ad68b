import { KeyValueList } from '../common/KeyValueList.tsx';
import { omit } from './omit.ts';
import type { StepViewProps } from './types.ts';

/** Where the request goes: operation, bucket, key, the bucket owner, query parameters. */
export function RouteStepView({ step }: StepViewProps<'route'>) {
  if (!step.data) return null;
  const { operation, bucket, key, query } = step.data;
  const target = [bucket, key].filter(Boolean).join('/');
  return (
    <div className="flex flex-col gap-1">
      <p className="font-mono text-xs">
        {operation} → {target || '(no bucket)'}
      </p>
      <KeyValueList
        data={omit(step.data, [
          'operation',
          'bucket',
          'key',
          'status',
          'errorCode',
          ...(query && Object.keys(query).length === 0 ? (['query'] as const) : []),
        ])}
      />
    </div>
  );
}
