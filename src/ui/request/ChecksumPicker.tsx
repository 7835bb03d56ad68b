import { CHECKSUM_ALGORITHMS, type Operation } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import { headerValue, withHeader } from '../../state/request-draft.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { Field } from '../common/Field.tsx';
import { inputClass } from '../common/PanelBoundary.tsx';

const selectDraft = (s: PlaygroundState) => s.draft;
const selectSetHeaders = (s: PlaygroundState) => s.setHeaders;

/**
 * The header the CLI's `--checksum-algorithm` writes: on uploads the SDK algorithm (the checksum
 * itself is computed over the body when the request is sent), on CreateMultipartUpload the
 * algorithm every part must then carry.
 */
const HEADER_OF: Partial<Record<Operation, string>> = {
  PutObject: 'x-amz-sdk-checksum-algorithm',
  UploadPart: 'x-amz-sdk-checksum-algorithm',
  CreateMultipartUpload: 'x-amz-checksum-algorithm',
  CopyObject: 'x-amz-checksum-algorithm',
};

/** Checksum algorithm, as `aws s3api … --checksum-algorithm`; derived from the headers, so hand edits move it. */
export function ChecksumPicker() {
  const draft = usePlayground(selectDraft);
  const setHeaders = usePlayground(selectSetHeaders);
  const header = HEADER_OF[draft.operation];
  if (!header) return null;
  const value = (headerValue(draft.headers, header) ?? '').toUpperCase();
  return (
    <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
      <Field label="Checksum" htmlFor="req-checksum">
        <select
          id="req-checksum"
          className={inputClass}
          value={value}
          onChange={(e) => setHeaders(withHeader(draft.headers, header, e.target.value || undefined))}
        >
          <option value="">None</option>
          {CHECKSUM_ALGORITHMS.map((algorithm) => (
            <option key={algorithm} value={algorithm}>
              {algorithm}
            </option>
          ))}
          {value !== '' && !(CHECKSUM_ALGORITHMS as readonly string[]).includes(value) ? (
            <option value={value}>{value} (not an algorithm S3 knows)</option>
          ) : null}
        </select>
      </Field>
      {header === 'x-amz-sdk-checksum-algorithm' && value !== '' ? (
        <p className="col-span-2 self-end text-xs text-slate-600 dark:text-slate-400">
          Computed over the body when sent, as the CLI does.
        </p>
      ) : null}
    </div>
  );
}
