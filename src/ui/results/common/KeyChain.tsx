import type { ReactNode } from 'react';

/**
 * Boxes joined by arrows: data key → wrapped key → ciphertext. Side by side when the panel is
 * wide enough (a container query), stacked with downward arrows when it is narrow.
 */
export function KeyChain({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="@container">
      <ol aria-label={label} className="flex flex-col gap-1 @xl:flex-row @xl:items-stretch">
        {children}
      </ol>
    </div>
  );
}

export function ChainBox({
  title,
  children,
  last = false,
}: {
  title: string;
  children: ReactNode;
  last?: boolean;
}) {
  return (
    <li className="flex min-w-0 flex-1 flex-col items-stretch gap-1 @xl:flex-row">
      <div className="min-w-0 flex-1 rounded border border-slate-300 bg-white p-2 dark:border-slate-600 dark:bg-slate-900">
        <p className="text-xs font-semibold">{title}</p>
        {children}
      </div>
      {last ? null : (
        <span aria-hidden="true" className="self-center text-slate-400">
          <span className="@xl:hidden">↓</span>
          <span className="hidden @xl:inline">→</span>
        </span>
      )}
    </li>
  );
}
