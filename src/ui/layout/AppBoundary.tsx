import { Component, type ReactNode } from 'react';
import { browserLocalStorage } from '../../state/storage/index.ts';
import { savedTheme } from '../../state/ui-prefs.ts';
import { ResetWorkspace } from './ResetWorkspace.tsx';

/**
 * The store may be what failed: the theme comes from saved preferences or the system. Nothing here
 * may throw (the failure being shown can be a broken browser feature, matchMedia included).
 */
function boundaryTheme(): 'light' | 'dark' {
  let prefersDark = false;
  try {
    prefersDark = globalThis.matchMedia('(prefers-color-scheme: dark)').matches;
  } catch {
    // No system preference to be had: the saved choice, else light.
  }
  return savedTheme(browserLocalStorage(), prefersDark);
}

/**
 * The last line: anything that escapes the panels' own boundaries (start-up included) shows what
 * failed and a way out, never a blank page. Plain classes only, so it draws even if styles fail.
 */
export class AppBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const dark = boundaryTheme() === 'dark';
    return (
      <div className={dark ? 'dark min-h-screen bg-slate-950' : 'min-h-screen bg-white'}>
        <main className="mx-auto max-w-2xl p-6 text-slate-900 dark:text-slate-100">
          <div
            role="alert"
            className="rounded border border-red-300 bg-red-50 p-4 dark:border-red-800 dark:bg-red-950"
          >
            <h1 className="text-lg font-semibold">The playground stopped: something failed.</h1>
            <p className="mt-2">What failed:</p>
            <pre className="mt-1 overflow-auto whitespace-pre-wrap font-mono text-xs">
              {error.name}: {error.message}
            </pre>
            <p className="mt-2">
              Reloading may help. If the problem comes back, saved work or the link may be what trips it:
              "Reset workspace" starts from the defaults.
            </p>
            <div className="mt-3 flex flex-wrap gap-2">
              <button
                type="button"
                className="rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-800"
                onClick={() => location.reload()}
              >
                Reload
              </button>
              <ResetWorkspace />
            </div>
          </div>
        </main>
      </div>
    );
  }
}
