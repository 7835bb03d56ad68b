import type { ReactNode } from 'react';
import { PanelBoundary } from './PanelBoundary.tsx';

/** A titled region with its own error boundary. */
export function Panel({
  title,
  children,
  actions,
}: {
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <section
      aria-label={title}
      className="flex min-w-0 flex-col gap-2 rounded border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex items-center justify-between gap-2">
        <h2 className="font-semibold">{title}</h2>
        {actions}
      </div>
      <PanelBoundary name={title}>{children}</PanelBoundary>
    </section>
  );
}
