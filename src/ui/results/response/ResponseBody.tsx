import { useState } from 'react';
import { isObjectData, type JsonValue, type ObjectData } from '../../../engine/index.ts';
import { displayBody, formatByteSize, hexDump } from '../format/bytes.ts';

const PRE =
  'max-h-64 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs whitespace-pre-wrap break-all dark:bg-slate-800';

/** Object data (as text, or hex when binary, or hex on request) or the JSON answer of a bucket/KMS read. */
export function ResponseBody({ body }: { body: ObjectData | JsonValue }) {
  const [asHex, setAsHex] = useState(false);
  if (!isObjectData(body)) {
    return (
      <figure>
        <figcaption className="text-xs font-medium">Answer (JSON, as the AWS CLI prints it)</figcaption>
        <pre className={PRE}>{JSON.stringify(body, null, 2)}</pre>
      </figure>
    );
  }
  const shown = displayBody(body);
  const hex = asHex || shown.kind === 'binary';
  return (
    <figure>
      <figcaption className="flex items-center gap-2 text-xs font-medium">
        <span>
          Data: {formatByteSize(body.length)}
          {shown.kind === 'binary' ? ' (binary, shown as hex)' : ''}
        </span>
        {shown.kind === 'text' ? (
          <label className="flex items-center gap-1 font-normal">
            <input type="checkbox" checked={asHex} onChange={(event) => setAsHex(event.target.checked)} />
            Show as hex
          </label>
        ) : null}
      </figcaption>
      <pre className={PRE}>
        {hex ? (shown.kind === 'binary' ? shown.hex : hexDump(body, 4096)) : shown.text}
      </pre>
    </figure>
  );
}
