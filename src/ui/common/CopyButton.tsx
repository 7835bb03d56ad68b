import { useState } from 'react';
import { buttonClass } from './PanelBoundary.tsx';

/**
 * Copies text with the clipboard API and says so (or says why it could not). With `warning`, a
 * copy whose text holds a secret asks first: the warning, then "Copy anyway" or "Cancel".
 */
export function CopyButton({
  label,
  text,
  warning,
}: {
  label: string;
  /** Made when clicked (a share link loads its codec first). */
  text: () => string | Promise<string>;
  warning?: () => string | null;
}) {
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState<string | null>(null);
  const copy = async () => {
    setAsking(null);
    try {
      await navigator.clipboard.writeText(await text());
      setNote('Copied');
    } catch {
      setNote('The browser refused the clipboard: select the text and copy it by hand.');
    }
    setTimeout(() => setNote(''), 2500);
  };
  const start = () => {
    const message = warning?.() ?? null;
    if (message) setAsking(message);
    else void copy();
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <button type="button" className={buttonClass} onClick={start}>
        {label}
      </button>
      <span role="status" className="text-xs text-emerald-700 dark:text-emerald-400">
        {note}
      </span>
      {asking ? (
        <span
          role="alertdialog"
          aria-label={`${label}: the command contains a key`}
          className="basis-full rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          <span className="block">{asking}</span>
          <span className="mt-1 flex gap-2">
            <button type="button" className={buttonClass} onClick={() => void copy()}>
              Copy anyway
            </button>
            <button type="button" className={buttonClass} onClick={() => setAsking(null)}>
              Cancel
            </button>
          </span>
        </span>
      ) : null}
    </span>
  );
}
