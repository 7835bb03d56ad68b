import type { JsonProblem } from './json-node.ts';

export interface StringRead {
  value: string;
  /** Offset just after the closing quote (or the end of the text when unterminated). */
  end: number;
  terminated: boolean;
  problems: JsonProblem[];
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** No problems: shared, since most strings have none (never pushed to; see `readJsonString`). */
const NO_PROBLEMS: JsonProblem[] = [];

/** Reads the string literal whose opening quote is at `start` (RFC 8259 §7). */
export function readJsonString(text: string, start: number): StringRead {
  // Fast path: a string without escapes or control characters is a slice of the text.
  for (let pos = start + 1; pos < text.length; pos++) {
    const code = text.charCodeAt(pos);
    if (code === 0x22)
      return { value: text.slice(start + 1, pos), end: pos + 1, terminated: true, problems: NO_PROBLEMS };
    if (code === 0x5c || code < 0x20) break;
  }
  return readEscapedString(text, start);
}

/** The slow path: escapes are decoded and malformed ones reported, character by character. */
function readEscapedString(text: string, start: number): StringRead {
  const problems: JsonProblem[] = [];
  let value = '';
  let pos = start + 1;
  while (pos < text.length) {
    const ch = text[pos] ?? '';
    if (ch === '"') return { value, end: pos + 1, terminated: true, problems };
    if (ch === '\\') {
      const next = text[pos + 1];
      if (next === 'u') {
        const hex = text.slice(pos + 2, pos + 6);
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          value += String.fromCharCode(Number.parseInt(hex, 16));
          pos += 6;
          continue;
        }
        problems.push({ message: 'Invalid \\u escape: expected four hex digits', start: pos, end: pos + 2 });
        pos += 2;
        continue;
      }
      const escaped = next === undefined ? undefined : ESCAPES[next];
      if (escaped === undefined) {
        problems.push({ message: `Invalid escape sequence \\${next ?? ''}`, start: pos, end: pos + 2 });
      } else {
        value += escaped;
      }
      pos += 2;
      continue;
    }
    if (ch.charCodeAt(0) < 0x20) {
      problems.push({
        message: 'Control characters (such as a line break) must be escaped inside a string',
        start: pos,
        end: pos + 1,
      });
    }
    value += ch;
    pos++;
  }
  problems.push({ message: 'Unterminated string: missing the closing quote', start, end: start + 1 });
  return { value, end: text.length, terminated: false, problems };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** The raw text of the JSON number at `start`, or undefined when none starts there. */
export function readJsonNumber(text: string, start: number): string | undefined {
  NUMBER.lastIndex = start;
  const match = NUMBER.exec(text);
  if (!match) return undefined;
  const next = text[start + match[0].length];
  // `01`, `1.`, `1e`, `-` and friends: a number followed by more number characters is malformed.
  if (next !== undefined && /[0-9.eE+-]/.test(next)) return undefined;
  return match[0];
}
