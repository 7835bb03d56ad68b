import { CHECKSUM_ALGORITHMS, operationInfo } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import { headerValue, withHeader } from '../../state/request-draft.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { Field } from '../common/Field.tsx';
import { inputClass } from '../common/PanelBoundary.tsx';

const selectDraft = (s: PlaygroundState) => s.draft;
const selectSetHeaders = (s: PlaygroundState) => s.setHeaders;

/**
 * The header the CLI's `--checksum-algorithm` writes: on uploads the SDK algorithm (the checksum
 * itself is computed over the body when the request is sent), on CreateMultipartUpload and
 * CopyObject the algorithm the parts or the copy get.
 */
const HEADER_OF = {
  body: 'x-amz-sdk-checksum-algorithm',
  algorithm: 'x-amz-checksum-algorithm',
} as const;

/** Checksum algorithm, as `aws s3api … --checksum-algorithm`; derived from the headers, so hand edits move it. */
export function ChecksumPicker() {
  const draft = usePlayground(selectDraft);
  const setHeaders = usePlayground(selectSetHeaders);
  const takes = operationInfo(draft.operation).checksum;
  if (!takes) return null;
  const header = HEADER_OF[takes];
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
