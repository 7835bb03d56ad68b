/**
 * The UTF-8 size of a JSON tree written compactly, as `JSON.stringify(JSON.parse(text))` would
 * write it, measured without building that string or the plain value: the 20 KB check runs on
 * every keystroke in the editor. Same rules as that round trip: a repeated key keeps one member
 * with its last value; strings are escaped as `JSON.stringify` escapes them (`\n`, `\u0001`, lone
 * surrogates as `\udXXX`); numbers are written as JavaScript writes them (`1e2` becomes `100`).
 */
import type { JsonNode } from './json-node.ts';

export function compactJsonBytes(node: JsonNode): number {
  switch (node.kind) {
    case 'object': {
      let members = node.members.length;
      let bytes = 2;
      if (members === 0) return bytes;
      // A repeated key is one member, with its last value (as in JSON.parse).
      const last = new Map<string, JsonNode>();
      for (const member of node.members) last.set(member.key, member.value);
      members = last.size;
      for (const [key, value] of last) bytes += stringBytes(key) + 1 + compactJsonBytes(value);
      return bytes + members - 1;
    }
    case 'array': {
      let bytes = 2 + Math.max(0, node.items.length - 1);
      for (const item of node.items) bytes += compactJsonBytes(item);
      return bytes;
    }
    case 'string':
      return stringBytes(node.value);
    case 'number':
      // ASCII: digits, sign, `.`, `e`, or `null` for a number out of range.
      return (JSON.stringify(node.value) ?? 'null').length;
    case 'boolean':
      return node.value ? 4 : 5;
    case 'null':
      return 4;
  }
}

/** The bytes of `JSON.stringify(text)` in UTF-8, quotes included. */
export function stringBytes(text: string): number {
  let bytes = 2;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x20 && code < 0x80) bytes += code === 0x22 || code === 0x5c ? 2 : 1;
    else if (code < 0x20) bytes += SHORT_ESCAPES.has(code) ? 2 : 6;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 6;
    } else if (code >= 0xdc00 && code <= 0xdfff) bytes += 6;
    else bytes += 3;
  }
  return bytes;
}

/** \b \t \n \f \r: the control characters JSON.stringify writes with a two-character escape. */
const SHORT_ESCAPES = new Set([0x08, 0x09, 0x0a, 0x0c, 0x0d]);
