/**
 * Where a cursor is inside (possibly broken) JSON: the chain of property names that encloses it,
 * whether it is writing a property name or a value, and the string literal under it. A tolerant
 * single pass, so completion and hover keep working while the policy is half typed.
 */

export interface StringToken {
  /** The literal's content without quotes, escapes left as written. */
  text: string;
  /** Offsets of the content (after the opening quote, before the closing quote or line end). */
  start: number;
  end: number;
}

export interface JsonLocation {
  /** Property names from the root, array levels left out: `["Statement", "Condition", "Bool"]`. */
  path: string[];
  /** True where a property name goes (after `{` or `,` in an object). */
  inKey: boolean;
  /** The string literal the cursor is in, if any. */
  token?: StringToken;
}

interface Frame {
  kind: 'object' | 'array';
  key?: string;
  expectingKey: boolean;
}

/** Reads a string literal starting at `quote`; returns its content end (at the closing quote or line end). */
function stringEnd(text: string, quote: number): number {
  let i = quote + 1;
  while (i < text.length && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
  return Math.min(i, text.length);
}

/** Each object's current property name; the innermost one only when the cursor is in its value. */
function pathOf(stack: Frame[], inKey: boolean): string[] {
  const path: string[] = [];
  stack.forEach((frame, index) => {
    const innermost = index === stack.length - 1;
    if (frame.kind === 'object' && frame.key !== undefined && !(innermost && inKey)) path.push(frame.key);
  });
  return path;
}

export function jsonLocationAt(text: string, offset: number): JsonLocation {
  const stack: Frame[] = [];
  let i = 0;
  while (i < offset) {
    const ch = text[i];
    const top = stack[stack.length - 1];
    if (ch === '"') {
      const end = stringEnd(text, i);
      if (offset <= end) {
        const inKey = top?.kind === 'object' && top.expectingKey;
        return {
          path: pathOf(stack, inKey),
          inKey,
          token: { text: text.slice(i + 1, end), start: i + 1, end },
        };
      }
      if (top?.kind === 'object' && top.expectingKey) top.key = text.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (ch === '{') stack.push({ kind: 'object', expectingKey: true });
    else if (ch === '[') stack.push({ kind: 'array', expectingKey: false });
    else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ':' && top?.kind === 'object') top.expectingKey = false;
    else if (ch === ',' && top?.kind === 'object') {
      top.expectingKey = true;
      delete top.key;
    }
    i += 1;
  }
  const top = stack[stack.length - 1];
  const inKey = top?.kind === 'object' && top.expectingKey;
  return { path: pathOf(stack, inKey), inKey };
}
