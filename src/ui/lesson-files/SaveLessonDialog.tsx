import { useEffect, useId, useRef, useState } from 'react';
import { usePlayground } from '../../state/context.tsx';
import { createdKey, idFromTitle, lessonFileText, lessonFromSession } from '../../state/lesson-export.ts';
import { MAX_LESSON_FILE_BYTES } from '../../state/lesson-file-limit.ts';
import { carriesKey } from '../../state/request-draft.ts';
import type { PlaygroundState } from '../../state/store.ts';
import { buttonClass, inputClass, primaryButtonClass } from '../common/PanelBoundary.tsx';
import { stepSummary } from '../lessons/step-summary.ts';
import { statusLabel } from '../results/format/status-text.ts';

const selectSession = (s: PlaygroundState) => s.session;
const selectStart = (s: PlaygroundState) => s.sessionStart;
const selectIncludeKeys = (s: PlaygroundState) => s.includeKeys;

/** Saves the data as a file through a local object URL: nothing leaves the machine. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Save as lesson": a title, an explanation for each request run so far, then the file. */
export function SaveLessonDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const session = usePlayground(selectSession);
  const setup = usePlayground(selectStart);
  const headerKeys = usePlayground(selectIncludeKeys);
  const [title, setTitle] = useState('My lesson');
  const [description, setDescription] = useState('');
  const [explains, setExplains] = useState<string[]>([]);
  const [includeKeys, setIncludeKeys] = useState(headerKeys);
  const [savedTooBig, setSavedTooBig] = useState<number | null>(null);
  const ids = { title: useId(), description: useId(), keys: useId() };
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const withKeys = session.filter((entry) => carriesKey(entry.request)).length;
  const save = () => {
    const id = idFromTitle(title);
    const { scenario } = lessonFromSession(setup, session, {
      id,
      title: title.trim() || 'My lesson',
      description: description.trim(),
      explains,
      includeKeys,
    });
    const text = lessonFileText(scenario);
    download(`${id}.json`, text);
    const bytes = new Blob([text]).size;
    setSavedTooBig(bytes > MAX_LESSON_FILE_BYTES ? bytes : null);
  };
  return (
    <dialog
      ref={ref}
      aria-label="Save as lesson"
      onClose={onClose}
      className="m-auto max-h-[85vh] w-[min(48rem,95vw)] overflow-auto rounded-lg bg-white p-4 text-slate-900 backdrop:bg-black/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-lg font-semibold">Save as lesson</h2>
        <button type="button" className={buttonClass} onClick={onClose}>
          Close
        </button>
      </div>
      <div className="flex flex-col gap-3 text-sm">
        <p>
          The bucket, KMS and policy as this world was built, and the {session.length} request
          {session.length === 1 ? '' : 's'} sent to it since, in order. Each answer S3 gave becomes what the
          step expects, so the file runs with <code>npm run scenarios</code> and opens with “Open file”.
          Upload ids, version ids and ETags that S3 generated are written as placeholders, and KMS keys
          created here become keys of the lesson's set-up: the file does not depend on ids this world picked
          at random.
        </p>
        <label htmlFor={ids.title} className="font-medium">
          Title
        </label>
        <input
          id={ids.title}
          className={inputClass}
          value={title}
          maxLength={120}
          onChange={(e) => setTitle(e.target.value)}
        />
        <label htmlFor={ids.description} className="font-medium">
          Description
        </label>
        <textarea
          id={ids.description}
          className={inputClass}
          rows={2}
          maxLength={2000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        {session.length === 0 ? (
          <p className="italic">No request has been sent yet: send some first.</p>
        ) : null}
        <ol className="flex flex-col gap-2">
          {session.map((entry, index) => {
            const summary = stepSummary(entry.request);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the session only grows; a place is its identity.
              <li key={index} className="flex flex-col gap-1">
                <span className="font-mono text-xs">
                  {index + 1}. {summary.title} → {statusLabel(entry.outcome.response.status)}{' '}
                  {entry.outcome.response.error?.code ?? ''}
                </span>
                {createdKey(entry) ? (
                  <span className="text-xs italic">
                    This key becomes part of the lesson's set-up, with its id.
                  </span>
                ) : (
                  <textarea
                    aria-label={`Explanation for step ${index + 1}`}
                    className={inputClass}
                    rows={2}
                    maxLength={2000}
                    value={explains[index] ?? ''}
                    onChange={(e) => {
                      const next = [...explains];
                      next[index] = e.target.value;
                      setExplains(next);
                    }}
                  />
                )}
              </li>
            );
          })}
        </ol>
        {withKeys > 0 ? (
          <label htmlFor={ids.keys} className="flex items-center gap-2">
            <input
              id={ids.keys}
              type="checkbox"
              checked={includeKeys}
              onChange={(e) => setIncludeKeys(e.target.checked)}
            />
            Include keys: {withKeys} request{withKeys === 1 ? '' : 's'} carry an SSE-C key; without this they
            are left out of the file.
          </label>
        ) : null}
        <div>
          <button type="button" className={primaryButtonClass} disabled={session.length === 0} onClick={save}>
            Download lesson file
          </button>
        </div>
        {savedTooBig !== null ? (
          <p role="status">
            The file is {Math.ceil(savedTooBig / 1024 / 1024)} MiB, because of the object data it carries:{' '}
            <code>npm run scenarios</code> runs it, but “Open file” takes lesson files of at most{' '}
            {MAX_LESSON_FILE_BYTES / 1024 / 1024} MiB. Smaller bodies make a lesson that opens in the app.
          </p>
        ) : null}
      </div>
    </dialog>
  );
}
