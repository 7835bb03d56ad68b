/**
 * POSIX-shell words with where each starts and ends in the pasted text, so a message can point
 * at the exact token: single and double quotes, backslash escapes, `\` + newline continuations,
 * and `#` comments (kept apart: "Copy as AWS CLI" writes the SSE-C key in one).
 */
import { err, ok, type Result } from '../../engine/index.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface PasteProblem {
  message: string;
  /** Offsets in the pasted text of the token at fault. */
  at?: { start: number; end: number };
}

export interface Words {
  words: Token[];
  comments: string[];
}

export function tokenize(input: string): Result<Words, PasteProblem> {
  const words: Token[] = [];
  const comments: string[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] as string;
    if (c === '\\' && (input[i + 1] === '\n' || input.slice(i + 1, i + 3) === '\r\n')) {
      i += input[i + 1] === '\n' ? 2 : 3;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      const end = input.indexOf('\n', i);
      comments.push(input.slice(i + 1, end < 0 ? input.length : end).trim());
      i = end < 0 ? input.length : end;
      continue;
    }
    const start = i;
    let text = '';
    while (i < input.length && !/\s/.test(input[i] as string)) {
      const ch = input[i] as string;
      if (ch === "'") {
        const close = input.indexOf("'", i + 1);
        if (close < 0) return err({ message: 'This quote is never closed.', at: { start: i, end: i + 1 } });
        text += input.slice(i + 1, close);
        i = close + 1;
      } else if (ch === '"') {
        let j = i + 1;
        while (j < input.length && input[j] !== '"') {
          if (input[j] === '\\' && j + 1 < input.length && '"\\$`'.includes(input[j + 1] as string)) {
            text += input[j + 1];
            j += 2;
          } else {
            text += input[j];
            j++;
          }
        }
        if (j >= input.length)
          return err({ message: 'This quote is never closed.', at: { start: i, end: i + 1 } });
        i = j + 1;
      } else if (ch === '\\' && i + 1 < input.length) {
        if (input[i + 1] === '\n') {
          i += 2;
          break;
        }
        text += input[i + 1];
        i += 2;
      } else {
        text += ch;
        i++;
      }
    }
    words.push({ text, start, end: i });
  }
  return ok({ words, comments });
}
