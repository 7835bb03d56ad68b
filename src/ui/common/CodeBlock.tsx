/** Read-only code (JSON, commands) that a user can open, select and copy. */
export function CodeBlock({ label, code }: { label: string; code: string }) {
  return (
    <details className="min-w-0">
      <summary className="cursor-pointer text-xs text-slate-600 dark:text-slate-400">{label}</summary>
      <pre className="mt-1 max-h-48 overflow-auto rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-950">
        {code}
      </pre>
    </details>
  );
}
