import type { PasteProblem } from '../../state/aws-paste/index.ts';

/** The problem's message under the line of the pasted text that holds its token, the token marked. */
export function PasteProblemView({ problem, text }: { problem: PasteProblem; text: string }) {
  const at = problem.at;
  if (!at) {
    return (
      <p role="alert" className="text-sm text-rose-800 dark:text-rose-300">
        {problem.message}
      </p>
    );
  }
  const lineStart = text.lastIndexOf('\n', at.start - 1) + 1;
  const lineEnd = text.indexOf('\n', at.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const from = at.start - lineStart;
  const to = Math.min(line.length, at.end - lineStart);
  const lineNumber = text.slice(0, lineStart).split('\n').length;
  return (
    <div role="alert" className="flex flex-col gap-1 text-sm text-rose-800 dark:text-rose-300">
      <p>
        Line {lineNumber}, column {from + 1}: {problem.message}
      </p>
      <pre className="overflow-x-auto rounded bg-slate-100 p-1 text-xs text-slate-900 dark:bg-slate-800 dark:text-slate-100">
        {line.slice(0, from)}
        <mark className="rounded bg-rose-200 text-rose-950 dark:bg-rose-700 dark:text-white">
          {line.slice(from, to)}
        </mark>
        {line.slice(to)}
      </pre>
    </div>
  );
}
