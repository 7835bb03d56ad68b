import { KeyValueList } from '../common/KeyValueList.tsx';
import { asObject, asString } from '../format/json-data.ts';
import { omit } from './omit.ts';
import type { StepViewProps } from './types.ts';

/** Where the request goes: operation, bucket, key, the bucket owner, query parameters. */
export function RouteStepView({ step }: StepViewProps) {
  const data = step.data ?? {};
  const query = asObject(data.query);
  const target = [asString(data.bucket), asString(data.key)].filter(Boolean).join('/');
  return (
    <div className="flex flex-col gap-1">
      <p className="font-mono text-xs">
        {asString(data.operation)} → {target || '(no bucket)'}
      </p>
      <KeyValueList
        data={omit(data, [
          'operation',
          'bucket',
          'key',
          ...(query && Object.keys(query).length === 0 ? ['query'] : []),
        ])}
      />
    </div>
  );
}
