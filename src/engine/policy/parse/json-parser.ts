import type { JsonMember, JsonNode, JsonParseResult, JsonProblem } from './json-node.ts';
import { readJsonNumber, readJsonString } from './json-tokens.ts';

/** Deeper nesting than any policy needs; stops a hostile text from exhausting the stack. */
const MAX_DEPTH = 64;

/** The character codes the reader looks for (codes, not one-character strings: it runs per keystroke). */
const Char = {
  Quote: 0x22,
  Comma: 0x2c,
  Minus: 0x2d,
  Digit0: 0x30,
  Digit9: 0x39,
  Colon: 0x3a,
  OpenBracket: 0x5b,
  Backslash: 0x5c,
  CloseBracket: 0x5d,
  OpenBrace: 0x7b,
  CloseBrace: 0x7d,
} as const;

/**
 * Parses JSON text into a located tree, never throwing. Common slips (a missing or trailing comma,
 * a missing colon) are reported and skipped so that later problems are reported too; anything
 * else stops the parse and the partial tree is returned.
 */
export function parseJson(text: string): JsonParseResult {
  return new JsonReader(text).document();
}

/** Whether two members share a name. Objects of a policy are small: pairs are compared directly. */
function hasRepeatedKey(members: JsonMember[]): boolean {
  if (members.length <= 8) {
    for (let i = 1; i < members.length; i++) {
      const key = members[i]!.key;
      for (let j = 0; j < i; j++) if (members[j]!.key === key) return true;
    }
    return false;
  }
  return new Set(members.map((member) => member.key)).size < members.length;
}

class JsonReader {
  private pos = 0;
  private fatal = false;
  private repeatedKeys = false;
  private readonly problems: JsonProblem[] = [];

  constructor(private readonly text: string) {}

  document(): JsonParseResult {
    this.skipWhitespace();
    if (this.pos >= this.text.length) {
      this.problem('The document is empty: expected a JSON object', 0, 0);
      return { problems: this.problems, complete: false, repeatedKeys: false };
    }
    const root = this.value(0);
    this.skipWhitespace();
    if (!this.fatal && this.pos < this.text.length) {
      this.problem('Unexpected text after the end of the JSON document', this.pos, this.text.length);
    }
    const complete = !this.fatal;
    const repeatedKeys = this.repeatedKeys;
    return root
      ? { root, problems: this.problems, complete, repeatedKeys }
      : { problems: this.problems, complete, repeatedKeys };
  }

  private value(depth: number): JsonNode | undefined {
    this.skipWhitespace();
    const code = this.text.charCodeAt(this.pos);
    if (code === Char.OpenBrace || code === Char.OpenBracket) {
      if (depth >= MAX_DEPTH) return this.stop(`Nesting deeper than ${MAX_DEPTH} levels`, 1);
      return code === Char.OpenBrace ? this.object(depth) : this.array(depth);
    }
    if (code === Char.Quote) return this.string();
    if (code === Char.Minus || (code >= Char.Digit0 && code <= Char.Digit9)) return this.number();
    const start = this.pos;
    if (this.text.startsWith('true', start)) {
      this.pos += 4;
      return { kind: 'boolean', value: true, start, end: this.pos };
    }
    if (this.text.startsWith('false', start)) {
      this.pos += 5;
      return { kind: 'boolean', value: false, start, end: this.pos };
    }
    if (this.text.startsWith('null', start)) {
      this.pos += 4;
      return { kind: 'null', start, end: this.pos };
    }
    const ch = this.text[this.pos];
    if (ch === undefined) return this.stop('Unexpected end of the document: expected a value', 0);
    if (ch === "'") return this.stop('Strings must use double quotes (")', 1);
    return this.stop(`Unexpected character ${JSON.stringify(ch)}: expected a value`, 1);
  }

  private object(depth: number): JsonNode {
    const start = this.pos++;
    const members: JsonMember[] = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === Char.CloseBrace) {
      this.pos++;
      return { kind: 'object', members, start, end: this.pos };
    }
    this.readMembers(members, depth);
    if (members.length > 1 && !this.repeatedKeys) this.repeatedKeys = hasRepeatedKey(members);
    return { kind: 'object', members, start, end: this.pos };
  }

  /** The members up to the closing brace (or to where the parse stopped). */
  private readMembers(members: JsonMember[], depth: number): void {
    while (!this.fatal) {
      this.skipWhitespace();
      if (this.skipExtraComma()) continue;
      if (this.text.charCodeAt(this.pos) !== Char.Quote) {
        this.stop('Expected a property name in double quotes', 1);
        return;
      }
      const keyStart = this.pos;
      const key = this.stringValue();
      const keyEnd = this.pos;
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) === Char.Colon) this.pos++;
      else this.problem("Expected ':' after the property name", keyEnd, keyEnd + 1);
      const value = this.value(depth + 1);
      if (!value) return;
      members.push({ key, keyStart, keyEnd, value });
      if (this.afterElement(Char.CloseBrace)) return;
    }
  }

  private array(depth: number): JsonNode {
    const start = this.pos++;
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) === Char.CloseBracket) {
      this.pos++;
      return { kind: 'array', items, start, end: this.pos };
    }
    while (!this.fatal) {
      this.skipWhitespace();
      if (this.skipExtraComma()) continue;
      const value = this.value(depth + 1);
      if (!value) return { kind: 'array', items, start, end: this.pos };
      items.push(value);
      if (this.afterElement(Char.CloseBracket)) return { kind: 'array', items, start, end: this.pos };
    }
    return { kind: 'array', items, start, end: this.pos };
  }

  /** After a member or item: true when the container is finished (closed, or the parse stopped). */
  private afterElement(closeCode: typeof Char.CloseBrace | typeof Char.CloseBracket): boolean {
    if (this.fatal) return true;
    this.skipWhitespace();
    const code = this.text.charCodeAt(this.pos);
    if (code === closeCode) {
      this.pos++;
      return true;
    }
    const close = closeCode === Char.CloseBrace ? '}' : ']';
    if (code === Char.Comma) {
      const comma = this.pos++;
      this.skipWhitespace();
      if (this.text.charCodeAt(this.pos) !== closeCode) return false;
      this.problem(`Trailing comma before '${close}'`, comma, comma + 1);
      this.pos++;
      return true;
    }
    const ch = this.text[this.pos];
    if (ch === undefined) {
      this.stop(`Unexpected end of the document: expected ',' or '${close}'`, 0);
      return true;
    }
    if (ch === '"' || ch === '{' || ch === '[') {
      this.problem(`Missing ',' before this ${close === '}' ? 'property' : 'value'}`, this.pos, this.pos + 1);
      return false;
    }
    this.stop(`Unexpected character ${JSON.stringify(ch)}: expected ',' or '${close}'`, 1);
    return true;
  }

  /** `,,`: reported, then skipped so the parse goes on. */
  private skipExtraComma(): boolean {
    if (this.text.charCodeAt(this.pos) !== Char.Comma) return false;
    this.problem("Extra ','", this.pos, this.pos + 1);
    this.pos++;
    return true;
  }

  private string(): JsonNode & { kind: 'string' } {
    const start = this.pos;
    const value = this.stringValue();
    return { kind: 'string', value, start, end: this.pos };
  }

  /** The value of the string literal here, moving past it. */
  private stringValue(): string {
    // Most strings have no escape: read in place, without the slow path's bookkeeping.
    const text = this.text;
    const start = this.pos;
    for (let pos = start + 1; pos < text.length; pos++) {
      const code = text.charCodeAt(pos);
      if (code === Char.Quote) {
        this.pos = pos + 1;
        return text.slice(start + 1, pos);
      }
      if (code === Char.Backslash || code < 0x20) break;
    }
    const read = readJsonString(text, start);
    for (const p of read.problems) this.problem(p.message, p.start, p.end);
    if (!read.terminated) this.fatal = true;
    this.pos = read.end;
    return read.value;
  }

  private number(): JsonNode | undefined {
    const read = readJsonNumber(this.text, this.pos);
    if (!read) return this.stop('Invalid number', 1);
    const node: JsonNode = {
      kind: 'number',
      value: Number(read),
      raw: read,
      start: this.pos,
      end: this.pos + read.length,
    };
    this.pos = node.end;
    return node;
  }

  private stop(message: string, width: number): undefined {
    this.problem(message, this.pos, this.pos + width);
    this.fatal = true;
    return undefined;
  }

  private problem(message: string, start: number, end: number): void {
    const clampedEnd = Math.min(end, this.text.length);
    this.problems.push({ message, start: Math.min(start, clampedEnd), end: clampedEnd });
  }

  private skipWhitespace(): void {
    const text = this.text;
    let pos = this.pos;
    for (; pos < text.length; pos++) {
      const code = text.charCodeAt(pos);
      // space, tab, line feed, carriage return (RFC 8259 §2)
      if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) break;
    }
    this.pos = pos;
  }
}
