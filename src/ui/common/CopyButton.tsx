import { useState } from 'react';
import { buttonClass } from './PanelBoundary.tsx';

/** Copies text with the clipboard API and says so (or says why it could not). */
export function CopyButton({ label, text }: { label: string; text: () => string }) {
  const [note, setNote] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setNote('Copied');
    } catch {
      setNote('The browser refused the clipboard: select the text and copy it by hand.');
    }
    setTimeout(() => setNote(''), 2500);
  };
  return (
    <span className="inline-flex items-center gap-1">
      <button type="button" className={buttonClass} onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="text-xs text-emerald-700 dark:text-emerald-400">
        {note}
      </span>
    </span>
  );
}
