import { useEffect, useId, useRef, useState } from 'react';
import { parseAwsPaste } from '../../state/aws-paste/index.ts';
import { usePlayground } from '../../state/context.tsx';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, focusRing, inputClass, primaryButtonClass } from '../common/PanelBoundary.tsx';
import { PasteProblemView } from './PasteProblemView.tsx';

const selectApply = (s: PlaygroundState) => s.applyPaste;
const selectClear = (s: PlaygroundState) => s.clearPaste;
const selectReport = (s: PlaygroundState) => s.pasteReport;
const selectKeys = (s: PlaygroundState) => s.snapshot?.kmsKeys;

const EXAMPLE = `aws s3api get-bucket-policy --bucket my-bucket      → {"Policy": "..."}
aws s3api get-bucket-encryption / get-public-access-block / get-bucket-versioning
aws kms get-key-policy --key-id ... --policy-name default
aws s3api put-object --bucket my-bucket --key a.txt --server-side-encryption aws:kms --ssekms-key-id alias/app
aws s3 cp a.txt s3://my-bucket/a.txt --sse aws:kms --sse-kms-key-id alias/app`;

/** "Paste from AWS CLI": the CLI's JSON output or a command, applied where it belongs (native <dialog>). */
export function PasteDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [keyId, setKeyId] = useState('');
  const apply = usePlayground(selectApply);
  const clear = usePlayground(selectClear);
  const report = usePlayground(selectReport);
  const keys = (usePlayground(selectKeys) ?? []).filter((k) => k.manager === 'CUSTOMER');
  const fieldId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      clear();
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, clear]);
  const parsed = text.trim() === '' ? undefined : parseAwsPaste(text);
  const isKeyPolicy = parsed?.ok === true && parsed.value.kind === 'key-policy';
  const chosenKey = keyId || keys[0]?.keyId || '';
  return (
    <dialog
      ref={ref}
      aria-label="Paste from AWS CLI"
      onClose={onClose}
      className="m-auto max-h-[85vh] w-[min(52rem,95vw)] overflow-auto rounded-lg bg-white p-4 text-slate-900 backdrop:bg-black/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-lg font-semibold">Paste from AWS CLI</h2>
        <button type="button" className={buttonClass} onClick={onClose}>
          Close
        </button>
      </div>
      <div className="flex flex-col gap-2">
        <label htmlFor={fieldId} className="text-sm font-medium">
          AWS CLI output or command
        </label>
        <textarea
          id={fieldId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={8}
          spellCheck={false}
          placeholder={EXAMPLE}
          className={`${inputClass} font-mono text-xs`}
        />
        {isKeyPolicy ? (
          <label className="flex items-center gap-2 text-sm">
            Key this policy belongs to
            <select
              value={chosenKey}
              onChange={(e) => setKeyId(e.target.value)}
              className={`rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-950 ${focusRing}`}
            >
              {keys.map((k) => (
                <option key={k.keyId} value={k.keyId}>
                  {k.alias ? `${k.alias} (${k.keyId})` : k.keyId}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div>
          <button
            type="button"
            className={primaryButtonClass}
            onClick={() => void apply(text, isKeyPolicy ? chosenKey || undefined : undefined)}
          >
            Apply paste
          </button>
        </div>
        {report?.problem ? <PasteProblemView problem={report.problem} text={report.text} /> : null}
        {report && report.summary.length > 0 ? (
          <div role="status" aria-label="What the paste changed" className="text-sm">
            <ul className="list-disc pl-5">
              {report.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {report?.refused ? (
          <div
            role="status"
            aria-label="What S3 would refuse"
            className="rounded border border-red-300 bg-red-50 p-2 text-sm break-words text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          >
            {report.refused}
          </div>
        ) : null}
        {report?.warnings ? (
          <div
            role="status"
            aria-label="What the paste will break"
            className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
          >
            {report.warnings.map((line) => (
              <p key={line} className="break-words">
                {line}
              </p>
            ))}
          </div>
        ) : null}
      </div>
    </dialog>
  );
}
