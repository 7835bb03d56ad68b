import { useState } from 'react';
import { operationInfo } from '../../engine/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, inputClass } from '../common/PanelBoundary.tsx';
import { readFileBytes } from './read-file.ts';

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
  const [progress, setProgress] = useState<number | null>(null);
  const [fileError, setFileError] = useState('');
  const kind = operationInfo(draft.operation).body;
  if (kind === 'none') return null;
  const bodyError = draftError?.field === 'body' ? draftError.message : undefined;
  const onFile = async (chosen: File | undefined) => {
    if (!chosen) return;
    setFileError('');
    setProgress(0);
    const read = await readFileBytes(chosen, setProgress);
    setProgress(null);
    if (read.ok) setFile({ name: chosen.name, size: chosen.size, bytes: read.value });
    else setFileError(read.error);
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="req-body" className="text-xs font-medium text-slate-700 dark:text-slate-300">
        {kind === 'json' ? `${draft.operation} input (JSON)` : 'Body (text)'}
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
      {draft.operation === 'CompleteMultipartUpload' ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Left empty, the upload is completed with every part uploaded so far.
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
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
          {progress !== null ? (
            <progress aria-label="Reading the file" max={1} value={progress} className="w-32" />
          ) : null}
          {fileError ? (
            <span role="alert" className="text-red-700 dark:text-red-400">
              {fileError}
            </span>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
