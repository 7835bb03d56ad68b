import { OPERATIONS, type Operation, operationInfo } from '../../engine/index.ts';
import { completePartsBody } from '../../state/complete-parts-draft.ts';
import { usePlayground } from '../../state/context.tsx';
import { inputTemplateText } from '../../state/input-template.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { bodyTextFor } from '../../state/to-request.ts';
import { Field } from '../common/Field.tsx';
import { inputClass } from '../common/PanelBoundary.tsx';

const selectDraft = (s: PlaygroundState) => s.draft;
const selectSetDraft = (s: PlaygroundState) => s.setDraft;
const selectSnapshot = (s: PlaygroundState) => s.snapshot;
const selectKeyError = (s: PlaygroundState) =>
  s.draftError?.field === 'key' ? s.draftError.message : undefined;

/** Operation, bucket, object key and the query parameters S3 reads (versionId, uploadId, partNumber). */
export function TargetFields() {
  const draft = usePlayground(selectDraft);
  const setDraft = usePlayground(selectSetDraft);
  const snapshot = usePlayground(selectSnapshot);
  const keyError = usePlayground(selectKeyError);
  const setQuery = (name: keyof typeof draft.query, value: string) =>
    setDraft({ query: { ...draft.query, [name]: value } });
  return (
    <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
      <Field label="Operation" htmlFor="req-operation">
        <select
          id="req-operation"
          className={inputClass}
          value={draft.operation}
          onChange={(e) => {
            const operation = e.target.value as Operation;
            // Completing lists the upload's parts with their ETags, as S3 requires.
            const parts =
              operation === 'CompleteMultipartUpload'
                ? completePartsBody(snapshot, draft.bucket, draft.query.uploadId)
                : undefined;
            setDraft({
              operation,
              bodyText: parts ?? bodyTextFor(draft, operation, (op) => inputTemplateText(op, snapshot)),
            });
          }}
        >
          {OPERATIONS.map((operation) => (
            <option key={operation} value={operation}>
              {operation}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Bucket" htmlFor="req-bucket">
        <input
          id="req-bucket"
          className={inputClass}
          value={draft.bucket}
          onChange={(e) => setDraft({ bucket: e.target.value })}
        />
      </Field>
      <Field label="Object key" htmlFor="req-key" error={keyError}>
        <input
          id="req-key"
          className={inputClass}
          value={draft.key}
          aria-invalid={keyError !== undefined}
          {...(keyError ? { 'aria-describedby': 'req-key-error' } : {})}
          disabled={!operationInfo(draft.operation).takesKey}
          onChange={(e) => setDraft({ key: e.target.value })}
        />
      </Field>
      <details className="col-span-2 sm:col-span-3" open={Object.values(draft.query).some((v) => v !== '')}>
        <summary className="cursor-pointer text-xs font-medium text-slate-700 dark:text-slate-300">
          Query parameters (versionId, uploadId, partNumber)
        </summary>
        <div className="mt-1 grid grid-cols-3 gap-2">
          <Field label="versionId" htmlFor="req-version">
            <input
              id="req-version"
              className={inputClass}
              value={draft.query.versionId}
              onChange={(e) => setQuery('versionId', e.target.value)}
            />
          </Field>
          <Field label="uploadId" htmlFor="req-upload">
            <input
              id="req-upload"
              className={inputClass}
              value={draft.query.uploadId}
              onChange={(e) => setQuery('uploadId', e.target.value)}
            />
          </Field>
          <Field label="partNumber" htmlFor="req-part">
            <input
              id="req-part"
              className={inputClass}
              inputMode="numeric"
              value={draft.query.partNumber}
              onChange={(e) => setQuery('partNumber', e.target.value)}
            />
          </Field>
        </div>
      </details>
    </div>
  );
}
