import type { ReactNode } from 'react';

/**
 * A results region: its accessible name is exactly `name` (outside tests find it by that name).
 * `className` adds to its classes (a panel that fills its box and scrolls inside).
 */
export function Panel({
  name,
  children,
  actions,
  className = '',
}: {
  name: string;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
}) {
  return (
    <section aria-label={name} className={`flex min-w-0 flex-col gap-2 text-sm ${className}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold">{name}</h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="text-slate-500 italic dark:text-slate-400">{children}</p>;
}
