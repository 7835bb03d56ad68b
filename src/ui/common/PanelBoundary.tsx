import { Component, type ReactNode } from 'react';
import { panelFailure } from './panel-failure.ts';

/**
 * Keeps one panel's failure inside that panel: the message shows, the store (and so the user's
 * work) is untouched, and "Try again" re-renders the panel.
 */
export class PanelBoundary extends Component<{ name: string; children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const notLoaded = panelFailure(error) === 'not-loaded';
    return (
      <div
        role="alert"
        className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <p className="font-semibold">
          {notLoaded
            ? `The ${this.props.name} panel could not be loaded from the server.`
            : `The ${this.props.name} panel hit a problem and stopped drawing.`}
        </p>
        <p className="mt-1 font-mono text-xs">{error.message}</p>
        <p className="mt-1">
          {notLoaded
            ? 'Your work is kept in this browser. Reload the page: if the site was updated while this page was open, the reload fetches the new version.'
            : 'Your work is kept. This is a bug in the playground, not in your input.'}
        </p>
        {notLoaded ? (
          <button type="button" className={`${buttonClass} mt-2`} onClick={() => location.reload()}>
            Reload the page
          </button>
        ) : (
          <button
            type="button"
            className={`${buttonClass} mt-2`}
            onClick={() => this.setState({ error: null })}
          >
            Try again
          </button>
        )}
      </div>
    );
  }
}

export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-400';

export const buttonClass = `rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700 ${focusRing}`;

export const smallButtonClass = `rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700 ${focusRing}`;

export const primaryButtonClass = `rounded bg-sky-700 px-3 py-1 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-50 ${focusRing}`;

export const inputClass = `w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm disabled:cursor-not-allowed disabled:opacity-60 dark:border-slate-600 dark:bg-slate-950 ${focusRing}`;
