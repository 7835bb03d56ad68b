import { KeyValueList } from '../common/KeyValueList.tsx';
import { HeadersTable } from '../response/HeadersTable.tsx';
import { omit } from './omit.ts';
import type { StepViewProps } from './types.ts';

/** What S3 sent back beyond the title's status and code: the error's fields, or the headers of a success. */
export function ResponseStepView({ step }: StepViewProps<'response'>) {
  const data = step.data ?? {};
  const { headers, fields } = data;
  return (
    <div className="flex flex-col gap-1">
      <KeyValueList data={omit(data, ['headers', 'fields', 'status', 'errorCode', 'message'])} />
      {fields && Object.keys(fields).length > 0 ? <KeyValueList data={fields} label="Error fields" /> : null}
      {headers ? <HeadersTable headers={headers} /> : null}
    </div>
  );
}
