import type { Diagnostic } from '../../engine/index.ts';

const SEVERITY_STYLE: Record<Diagnostic['severity'], string> = {
  error: 'text-red-700 dark:text-red-400',
  warning: 'text-amber-700 dark:text-amber-300',
  info: 'text-sky-700 dark:text-sky-300',
};

const SEVERITY_ORDER: Record<Diagnostic['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Errors first (they stop S3 from taking the policy), then warnings, then notes; each in text order. */
export function byConsequence(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.range.start.offset - b.range.start.offset,
  );
}

/** The policy's problems as a list under the editor; each one moves the cursor to its place. */
export function DiagnosticsList({
  diagnostics,
  empty,
  onReveal,
}: {
  diagnostics: readonly Diagnostic[];
  /** The editor holds no text: that is "no bucket policy", not a policy without problems. */
  empty: boolean;
  onReveal(diagnostic: Diagnostic): void;
}) {
  if (empty) {
    return (
      <p className="border-t border-slate-200 px-3 py-1 text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
        The editor is empty: the bucket gets no policy.
      </p>
    );
  }
  if (diagnostics.length === 0) {
    return (
      <p className="border-t border-slate-200 px-3 py-1 text-xs text-emerald-700 dark:border-slate-800 dark:text-emerald-400">
        No problems found in the policy.
      </p>
    );
  }
  return (
    <ul
      aria-label="Policy problems"
      className="max-h-32 overflow-auto border-t border-slate-200 px-1 py-1 text-xs dark:border-slate-800"
    >
      {byConsequence(diagnostics).map((diagnostic) => {
        const { line, column } = diagnostic.range.start;
        return (
          <li
            key={`${diagnostic.code}-${diagnostic.range.start.offset}-${diagnostic.range.end.offset}-${diagnostic.message}`}
          >
            <button
              type="button"
              className="flex w-full gap-2 rounded px-2 py-0.5 text-left hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-slate-800"
              onClick={() => onReveal(diagnostic)}
            >
              <span className={`shrink-0 font-semibold ${SEVERITY_STYLE[diagnostic.severity]}`}>
                {diagnostic.severity}
              </span>
              <span className="shrink-0 font-mono text-slate-500 dark:text-slate-400">
                {line}:{column}
              </span>
              <span>
                {diagnostic.message}
                {diagnostic.s3Message && diagnostic.s3Message !== diagnostic.message ? (
                  <span className="text-slate-500 dark:text-slate-400"> — S3: {diagnostic.s3Message}</span>
                ) : null}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
