/**
 * A small JSON reader that remembers where every value starts, so that a scenario file's errors
 * point at a line and column (JSON.parse only gives engine-specific messages, and keeps the last of
 * two duplicate members silently). Never throws on any string.
 */
import type { Position } from '../policy/types.ts';
import { err, ok, type Result } from '../result.ts';
import type { JsonValue } from '../types.ts';
import { indexPath, memberPath } from './json-path.ts';

export interface JsonDocument {
  value: JsonValue;
  /** Where the value at each path starts. */
  positions: Map<string, Position>;
  /** Members named twice in one object (JSON allows it; a scenario file must not). */
  duplicates: { path: string; position: Position }[];
}

export interface JsonSyntaxError {
  message: string;
  position: Position;
}

const MAX_DEPTH = 256;
const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

export function readJson(text: string): Result<JsonDocument, JsonSyntaxError> {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const positionAt = (offset: number): Position => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1, offset };
  };
  const reader = new Reader(text, positionAt);
  try {
    reader.skipSpace();
    const value = reader.value('', 0);
    reader.skipSpace();
    if (reader.at < text.length) throw new SyntaxFailure('unexpected text after the JSON value', reader.at);
    return ok({ value, positions: reader.positions, duplicates: reader.duplicates });
  } catch (failure) {
    // Only our own SyntaxFailure is expected here; anything else is a bug and must surface.
    if (!(failure instanceof SyntaxFailure)) throw failure;
    return err({ message: failure.message, position: positionAt(failure.offset) });
  }
}

class Reader {
  at = 0;
  readonly positions = new Map<string, Position>();
  readonly duplicates: { path: string; position: Position }[] = [];

  constructor(
    private readonly text: string,
    private readonly positionAt: (offset: number) => Position,
  ) {}

  skipSpace(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at] ?? '')) this.at++;
  }

  value(path: string, depth: number): JsonValue {
    if (depth > MAX_DEPTH) throw new SyntaxFailure(`nesting deeper than ${MAX_DEPTH} levels`, this.at);
    this.positions.set(path, this.positionAt(this.at));
    const char = this.text[this.at];
    if (char === '{') return this.object(path, depth);
    if (char === '[') return this.array(path, depth);
    if (char === '"') return this.string();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return this.number();
    for (const [word, literal] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return literal;
      }
    }
    throw new SyntaxFailure(
      char === undefined ? 'unexpected end of input' : `unexpected ${describeChar(char)}`,
      this.at,
    );
  }

  private object(path: string, depth: number): JsonValue {
    const result: { [key: string]: JsonValue } = {};
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === '}') {
      this.at++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] !== '"') throw this.expected('a member name in double quotes');
      const keyOffset = this.at;
      const key = this.string();
      const childPath = memberPath(path, key);
      if (Object.hasOwn(result, key))
        this.duplicates.push({ path: childPath, position: this.positionAt(keyOffset) });
      this.skipSpace();
      if (this.text[this.at] !== ':') throw this.expected("':' after the member name");
      this.at++;
      this.skipSpace();
      result[key] = this.value(childPath, depth + 1);
      this.skipSpace();
      if (this.text[this.at] === ',') {
        this.at++;
        continue;
      }
      if (this.text[this.at] === '}') {
        this.at++;
        return result;
      }
      throw this.expected("',' or '}'");
    }
  }

  private array(path: string, depth: number): JsonValue {
    const result: JsonValue[] = [];
    this.at++;
    this.skipSpace();
    if (this.text[this.at] === ']') {
      this.at++;
      return result;
    }
    for (;;) {
      this.skipSpace();
      result.push(this.value(indexPath(path, result.length), depth + 1));
      this.skipSpace();
      if (this.text[this.at] === ',') {
        this.at++;
        continue;
      }
      if (this.text[this.at] === ']') {
        this.at++;
        return result;
      }
      throw this.expected("',' or ']'");
    }
  }

  private string(): string {
    const start = this.at;
    this.at++;
    let out = '';
    for (;;) {
      const char = this.text[this.at];
      if (char === undefined) throw new SyntaxFailure('unterminated string', start);
      if (char === '"') {
        this.at++;
        return out;
      }
      if (char < ' ')
        throw new SyntaxFailure('control character in a string (write it as an escape)', this.at);
      if (char !== '\\') {
        out += char;
        this.at++;
        continue;
      }
      const escapeChar = this.text[this.at + 1];
      if (escapeChar !== undefined && SIMPLE_ESCAPES[escapeChar] !== undefined) {
        out += SIMPLE_ESCAPES[escapeChar];
        this.at += 2;
      } else if (escapeChar === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) {
        out += String.fromCharCode(Number.parseInt(this.text.slice(this.at + 2, this.at + 6), 16));
        this.at += 6;
      } else {
        throw new SyntaxFailure('invalid escape sequence in a string', this.at);
      }
    }
  }

  private number(): number {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(
      this.text.slice(this.at, this.at + 400),
    );
    if (match === null) throw new SyntaxFailure('invalid number', this.at);
    this.at += match[0].length;
    return Number(match[0]);
  }

  private expected(what: string): SyntaxFailure {
    const char = this.text[this.at];
    const found = char === undefined ? 'the end of input' : describeChar(char);
    return new SyntaxFailure(`expected ${what}, found ${found}`, this.at);
  }
}

function describeChar(char: string): string {
  return `character ${JSON.stringify(char)}`;
}
