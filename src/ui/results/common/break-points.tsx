import type { ReactNode } from 'react';

const AFTER = new Set([':', '/', '-', ',', '.']);

/**
 * The text with a break opportunity after each `:`, `/`, `-`, `,` and `.`: a condition key or an
 * ARN in a narrow column wraps between its parts ("aws:" / "SecureTransport") instead of inside a
 * word ("aws:SecureTransp" / "ort").
 */
export function withBreakPoints(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let start = 0;
  for (let i = 0; i < text.length - 1; i++) {
    if (!AFTER.has(text.charAt(i))) continue;
    parts.push(text.slice(start, i + 1), <wbr key={i} />);
    start = i + 1;
  }
  parts.push(text.slice(start));
  return parts;
}
