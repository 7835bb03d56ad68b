/**
 * A small JSON reader that remembers where every value starts, so that a scenario file's errors
 * point at a line and column (JSON.parse only gives engine-specific messages, and keeps the last of
 * two duplicate members silently). Never throws on any string.
 */

import { readJsonNumber, readJsonString } from '../policy/parse/json-tokens.ts';
import { LineIndex } from '../policy/parse/line-index.ts';
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

class SyntaxFailure {
  constructor(
    readonly message: string,
    readonly offset: number,
  ) {}
}

export function readJson(text: string): Result<JsonDocument, JsonSyntaxError> {
  const lines = new LineIndex(text);
  const positionAt = (offset: number): Position => lines.position(offset);
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
      // defineProperty, so that a member named "__proto__" stays a member, as with JSON.parse.
      Object.defineProperty(result, key, {
        value: this.value(childPath, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
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

  /** A string literal, read by the policy parser's tokenizer; its first problem is fatal here. */
  private string(): string {
    const read = readJsonString(this.text, this.at);
    const problem = read.problems[0];
    if (problem) throw new SyntaxFailure(problem.message, problem.start);
    this.at = read.end;
    return read.value;
  }

  private number(): number {
    const raw = readJsonNumber(this.text, this.at);
    if (raw === undefined) throw new SyntaxFailure('invalid number', this.at);
    this.at += raw.length;
    return Number(raw);
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
