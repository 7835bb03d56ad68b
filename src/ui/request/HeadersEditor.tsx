import { operationInfo } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import { impliedCopySource } from '../../state/implied-copy-source.ts';
import type { HeaderRow } from '../../state/request-draft.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, inputClass } from '../common/PanelBoundary.tsx';

const selectHeaders = (s: PlaygroundState) => s.draft.headers;
const selectSetHeaders = (s: PlaygroundState) => s.setHeaders;
const selectOperation = (s: PlaygroundState) => s.draft.operation;
const selectLastError = (s: PlaygroundState) => s.lastRun?.outcome.response.error;
const selectCopySource = (s: PlaygroundState) => impliedCopySource(s.draft);

/**
 * The raw headers, editable. When S3 answers 400 naming a header (`ArgumentName`), the error is
 * shown at that header's row.
 */
export function HeadersEditor() {
  const headers = usePlayground(selectHeaders);
  const setHeaders = usePlayground(selectSetHeaders);
  const operation = usePlayground(selectOperation);
  const error = usePlayground(selectLastError);
  const copySource = usePlayground(selectCopySource);
  const argument = error?.fields.ArgumentName?.toLowerCase();
  const update = (index: number, patch: Partial<HeaderRow>) =>
    setHeaders(headers.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="text-xs font-medium text-slate-700 dark:text-slate-300">Headers</legend>
      {copySource !== null ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Sends <code>x-amz-copy-source: {copySource}</code>: the object is copied onto itself. Add an
          x-amz-copy-source header to copy another object.
        </p>
      ) : null}
      {headers.length === 0 ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {operationInfo(operation).choosesEncryption
            ? 'No headers: S3 applies the bucket default.'
            : 'No headers.'}
        </p>
      ) : null}
      {headers.map((row, index) => {
        // S3's answer is about the value it was sent: once the user edits it, the message goes.
        const sentValue = error?.fields.ArgumentValue;
        const named =
          argument !== undefined &&
          row.name.trim().toLowerCase() === argument &&
          (sentValue === undefined || sentValue === row.value);
        const errorId = `header-${index}-error`;
        return (
          <div
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place; names may repeat while typing.
            key={index}
            className="flex flex-col gap-0.5 border-l-2 border-slate-300 pl-1.5 dark:border-slate-600"
          >
            <div className="grid grid-cols-[minmax(0,1fr)_auto] gap-1 2xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto]">
              <input
                aria-label={`Header ${index + 1} name`}
                className={`${inputClass} col-start-1 row-start-1 font-mono text-xs`}
                value={row.name}
                onChange={(e) => update(index, { name: e.target.value })}
              />
              <input
                aria-label={`${row.name || `Header ${index + 1}`} value`}
                aria-invalid={named}
                aria-describedby={named ? errorId : undefined}
                className={`${inputClass} col-start-1 row-start-2 font-mono text-xs 2xl:col-start-2 2xl:row-start-1 ${named ? 'outline-2 outline-red-600 dark:outline-red-400' : ''}`}
                value={row.value}
                onChange={(e) => update(index, { value: e.target.value })}
              />
              <button
                type="button"
                className={`${buttonClass} col-start-2 row-span-2 row-start-1 self-center 2xl:col-start-3 2xl:row-span-1`}
                aria-label={`Remove header ${row.name || index + 1}`}
                onClick={() => setHeaders(headers.filter((_, i) => i !== index))}
              >
                ✕
              </button>
            </div>
            {named && error ? (
              <p id={errorId} className="text-xs text-red-700 dark:text-red-400">
                S3: {error.code} — {error.message}
                {error.fields.ArgumentValue !== undefined ? ` (value "${error.fields.ArgumentValue}")` : ''}
              </p>
            ) : null}
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className={buttonClass}
          onClick={() => setHeaders([...headers, { name: '', value: '' }])}
        >
          Add header
        </button>
      </div>
    </fieldset>
  );
}
