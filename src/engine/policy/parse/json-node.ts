/**
 * A JSON document as a tree that remembers where each value sits in the text (offsets into the
 * text, end exclusive), so policy diagnostics can underline the exact value.
 */
export type JsonNode =
  | { kind: 'object'; members: JsonMember[]; start: number; end: number }
  | { kind: 'array'; items: JsonNode[]; start: number; end: number }
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'number'; value: number; raw: string; start: number; end: number }
  | { kind: 'boolean'; value: boolean; start: number; end: number }
  | { kind: 'null'; start: number; end: number };

export interface JsonMember {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

/** A JSON syntax problem at `start`..`end` (offsets). */
export interface JsonProblem {
  message: string;
  start: number;
  end: number;
}

export interface JsonParseResult {
  /** Absent when no value could be read at all. */
  root?: JsonNode;
  problems: JsonProblem[];
  /** False when the parse stopped early: the tree then misses the rest of the text. */
  complete: boolean;
  /** Whether some object names a member twice (duplicate-keys.ts then says where). */
  repeatedKeys: boolean;
}

/** The plain JavaScript value of a node (used to measure S3's size limit). */
export function toPlainValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const out: Record<string, unknown> = {};
      // defineProperty, so a member named "__proto__" stays a member, as with JSON.parse.
      for (const member of node.members) {
        Object.defineProperty(out, member.key, {
          value: toPlainValue(member.value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return out;
    }
    case 'array':
      return node.items.map(toPlainValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

/** How a node is named in messages: `a string`, `an array`, ... */
export function describeKind(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'null':
      return 'null';
  }
}
