import {
  formatBytes,
  KEY_ID_PLACEHOLDER,
  MAX_REQUEST_BODY_BYTES,
  operationInfo,
} from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, inputClass } from '../common/PanelBoundary.tsx';
import { BodyDropZone } from './BodyDropZone.tsx';
import { GeneratedBytes } from './GeneratedBytes.tsx';

const selectDraft = (s: PlaygroundState) => s.draft;
const selectSetDraft = (s: PlaygroundState) => s.setDraft;
const selectFile = (s: PlaygroundState) => s.bodyFile;
const selectSetFile = (s: PlaygroundState) => s.setBodyFile;
const selectDraftError = (s: PlaygroundState) => s.draftError;

/** The shape the simulated S3 reads (the AWS CLI's --multipart-upload input). */
const PARTS_PLACEHOLDER = '{"Parts": [{"PartNumber": 1, "ETag": "…"}]}';

/** The body: text, a file from disk (sent as its bytes), or the JSON input of a bucket-level or KMS operation. */
export function BodyInput() {
  const draft = usePlayground(selectDraft);
  const setDraft = usePlayground(selectSetDraft);
  const file = usePlayground(selectFile);
  const setFile = usePlayground(selectSetFile);
  const draftError = usePlayground(selectDraftError);
  const kind = operationInfo(draft.operation).body;
  if (kind === 'none') return null;
  const bodyError = draftError?.field === 'body' ? draftError.message : undefined;
  // Only the handle is kept: Send reads the bytes and hands them to the engine's worker.
  const onFile = (chosen: File | undefined) => {
    if (chosen) setFile({ name: chosen.name, size: chosen.size, blob: chosen });
  };
  return (
    <BodyDropZone>
      <label htmlFor="req-body" className="text-xs font-medium text-slate-700 dark:text-slate-300">
        {kind === 'json' ? `${draft.operation} input (JSON)` : file ? 'Body (a file)' : 'Body (text)'}
      </label>
      {file && kind === 'bytes' ? (
        <p className="flex items-center gap-2 text-sm">
          Sending the file <span className="font-mono">{file.name}</span> ({file.size.toLocaleString()}{' '}
          bytes).
          <button type="button" className={buttonClass} onClick={() => setFile(null)}>
            Use text instead
          </button>
        </p>
      ) : (
        <textarea
          id="req-body"
          rows={kind === 'json' ? 5 : 2}
          spellCheck={false}
          aria-invalid={bodyError !== undefined}
          className={`${inputClass} font-mono text-xs`}
          value={draft.bodyText}
          placeholder={draft.operation === 'CompleteMultipartUpload' ? PARTS_PLACEHOLDER : undefined}
          onChange={(e) => setDraft({ bodyText: e.target.value })}
        />
      )}
      {file && kind === 'bytes' && file.size > MAX_REQUEST_BODY_BYTES ? (
        <p role="status" className="text-xs text-amber-800 dark:text-amber-300">
          This file is over the playground's {formatBytes(MAX_REQUEST_BODY_BYTES)} limit for one request (a
          simulator limit; S3 takes up to 5 GiB in one PUT): the simulated S3 will refuse it with
          EntityTooLarge. Use a smaller file, or a multipart upload of parts under the limit.
        </p>
      ) : null}
      {draft.operation === 'CompleteMultipartUpload' ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          S3 completes only the parts listed, each with the ETag its UploadPart answered (filled in from the
          upload when you pick this operation). Left empty, S3 refuses it: 400 InvalidRequest, “You must
          specify at least one part”.
        </p>
      ) : null}
      {kind === 'json' && draft.bodyText.includes(KEY_ID_PLACEHOLDER) ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Put the id of a customer managed key of this account in place of {KEY_ID_PLACEHOLDER} (create one in
          the KMS panel): S3 takes only a full key ARN here.
        </p>
      ) : null}
      {kind === 'json' ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Drop a JSON file here to use it as the input.
        </p>
      ) : null}
      {bodyError ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {bodyError}
        </p>
      ) : null}
      {kind === 'bytes' ? (
        <div className="flex flex-wrap items-center gap-2 text-xs">
          <label htmlFor="req-file">Or send a file from disk:</label>
          <input
            id="req-file"
            type="file"
            className="text-xs"
            onChange={(e) => onFile(e.target.files?.[0])}
          />
          <span className="text-slate-600 dark:text-slate-400">or drop one on the body.</span>
        </div>
      ) : null}
      {kind === 'bytes' ? <GeneratedBytes /> : null}
    </BodyDropZone>
  );
}
