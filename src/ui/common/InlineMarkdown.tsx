import type { ReactNode } from 'react';

/**
 * The small Markdown subset lessons use (`code`, **bold**, *emphasis*), rendered as React
 * elements (never as HTML), so a lesson or a link cannot inject markup.
 */
export function InlineMarkdown({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*]+)\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    if (at > last) parts.push(text.slice(last, at));
    if (match[1] !== undefined) {
      parts.push(
        <code key={at} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">
          {match[1]}
        </code>,
      );
    } else if (match[2] !== undefined) parts.push(<strong key={at}>{match[2]}</strong>);
    else parts.push(<em key={at}>{match[3]}</em>);
    last = at + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts}</>;
}
