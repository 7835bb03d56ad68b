import { KeyValueList } from '../common/KeyValueList.tsx';
import { asObject } from '../format/json-data.ts';
import { HeadersTable } from '../response/HeadersTable.tsx';
import { omit } from './omit.ts';
import type { StepViewProps } from './types.ts';

/** What S3 sent back beyond the title's status and code: the error's fields, or the headers of a success. */
export function ResponseStepView({ step }: StepViewProps) {
  const data = step.data ?? {};
  const headers = asObject(data.headers);
  const fields = asObject(data.fields);
  return (
    <div className="flex flex-col gap-1">
      <KeyValueList data={omit(data, ['headers', 'fields', 'status', 'errorCode', 'message'])} />
      {fields && Object.keys(fields).length > 0 ? <KeyValueList data={fields} label="Error fields" /> : null}
      {headers ? (
        <HeadersTable
          headers={Object.fromEntries(
            Object.entries(headers).map(([name, value]) => [
              name,
              typeof value === 'string' ? value : JSON.stringify(value),
            ]),
          )}
        />
      ) : null}
    </div>
  );
}
