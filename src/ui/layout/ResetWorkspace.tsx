import { useState } from 'react';
import { browserLocalStorage, resetSavedWork } from '../../state/storage/index.ts';
import { buttonClass } from '../common/PanelBoundary.tsx';

/** Removes what the playground saved in this browser and reopens the page without its link. */
export async function resetWorkspaceAndReload(): Promise<void> {
  await resetSavedWork(browserLocalStorage());
  location.replace(location.pathname + location.search);
}

/**
 * "Reset workspace", which asks first: it deletes saved work that may be the only copy of
 * someone's policy, so one click is never enough.
 */
export function ResetWorkspace({ className = '' }: { className?: string }) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className={`${buttonClass} ${className}`} onClick={() => setAsking(true)}>
        Reset workspace
      </button>
    );
  return (
    <div
      role="alertdialog"
      aria-label="Reset workspace?"
      className={`flex flex-wrap items-center gap-2 rounded border border-red-300 bg-white p-2 text-sm dark:border-red-800 dark:bg-slate-900 ${className}`}
    >
      <p>
        Reset workspace? This deletes the policy, bucket settings, keys and objects saved in this browser and
        reopens the playground with its defaults.
      </p>
      <button type="button" className={buttonClass} onClick={() => void resetWorkspaceAndReload()}>
        Yes, reset
      </button>
      <button type="button" className={buttonClass} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
