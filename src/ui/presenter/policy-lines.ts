import type { JsonValue } from '../../engine/index.ts';

/** One line of a policy as presenter mode prints it, and the statement it belongs to. */
export interface PolicyLine {
  text: string;
  /** The index of the statement (in `Statement`, from 0) this line is part of; absent outside one. */
  statement?: number;
}

const INDENT = '  ';

/** JSON on one line with a space after each `:` and `,`, as the eye reads it. */
function inline(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.entries(value).map(([key, member]) => `${JSON.stringify(key)}: ${inline(member)}`);
    return members.length === 0 ? '{}' : `{ ${members.join(', ')} }`;
  }
  return JSON.stringify(value);
}

const isContainer = (value: JsonValue) => value !== null && typeof value === 'object';

const isJsonObject = (value: JsonValue): value is { [key: string]: JsonValue } =>
  isContainer(value) && !Array.isArray(value);

/**
 * `value` printed after `prefix` (indent and key), ending in `suffix` (a comma or nothing): on one
 * line when that fits in `width` characters, else broken.
 */
function print(value: JsonValue, indent: string, prefix: string, suffix: string, width: number): string[] {
  const flat = `${indent}${prefix}${inline(value)}${suffix}`;
  if (value === null || typeof value !== 'object' || flat.length <= width) return [flat];
  const inner = Array.isArray(value)
    ? value.flatMap((member, at) =>
        print(member, indent + INDENT, '', at < value.length - 1 ? ',' : '', width),
      )
    : members(Object.entries(value), indent + INDENT, width);
  if (inner.length === 0) return [flat];
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return [`${indent}${prefix}${open}`, ...inner, `${indent}${close}${suffix}`];
}

/**
 * An object's members one under another, except that neighbouring plain values (`"Effect": "Deny"`,
 * `"Principal": "*"`) share a line while it fits: a statement reads in a few lines, and a
 * condition or a list keeps lines of its own.
 */
function members(entries: [string, JsonValue][], indent: string, width: number): string[] {
  const lines: string[] = [];
  let packing: string | undefined;
  entries.forEach(([key, member], at) => {
    const comma = at < entries.length - 1 ? ',' : '';
    const text = `${JSON.stringify(key)}: ${inline(member)}${comma}`;
    if (!isContainer(member) && packing !== undefined && `${packing} ${text}`.length <= width) {
      packing = `${packing} ${text}`;
      return;
    }
    if (packing !== undefined) lines.push(packing);
    packing = undefined;
    if (isContainer(member)) lines.push(...print(member, indent, `${JSON.stringify(key)}: `, comma, width));
    else packing = `${indent}${text}`;
  });
  if (packing !== undefined) lines.push(packing);
  return lines;
}

/**
 * A policy as short as it reads well on a projector: objects and arrays that fit in `width`
 * characters stay on one line (a condition block, a list of actions), longer ones break, two spaces
 * deep, with neighbouring plain values on one line while they fit. Each line inside a statement is marked with the statement's index, so
 * the statement that decided a request can be picked out. Text that is not JSON (a malformed
 * policy a lesson is about) is kept line for line as it is written.
 */
export function policyLines(policy: JsonValue | string, width: number): PolicyLine[] {
  if (typeof policy === 'string') {
    const parsed = parseJson(policy);
    if (parsed === undefined) return policy.split('\n').map((text) => ({ text }));
    return policyLines(parsed, width);
  }
  const statements = isJsonObject(policy) ? policy.Statement : undefined;
  const list = Array.isArray(statements) ? statements : statements === undefined ? [] : [statements];
  if (!isJsonObject(policy) || list.length === 0 || !list.every(isJsonObject)) {
    return print(policy, '', '', '', width).map((text) => ({ text }));
  }
  // The document around its statements, with each statement's lines marked with its index.
  const entries = Object.entries(policy);
  const lines: PolicyLine[] = [{ text: '{' }];
  entries.forEach(([key, member], at) => {
    const comma = at < entries.length - 1 ? ',' : '';
    if (key !== 'Statement') {
      const printed = print(member, INDENT, `${JSON.stringify(key)}: `, comma, width);
      lines.push(...printed.map((text) => ({ text })));
      return;
    }
    // Statements side by side as `[{ … }, { … }]`: two lines and two columns fewer each. A
    // single statement not in a list is `{ … }`.
    // Only a statement's own members are marked: the brace lines are shared (`}, {` closes one
    // statement and opens the next), and a mark on them ran into the neighbour's box.
    const [open, close] = Array.isArray(statements) ? ['[{', '}]'] : ['{', '}'];
    list.forEach((statement, index) => {
      const marked = (text: string) => ({ text, statement: index });
      lines.push({ text: index === 0 ? `${INDENT}"Statement": ${open}` : `${INDENT}}, {` });
      lines.push(...members(Object.entries(statement), INDENT + INDENT, width).map(marked));
      if (index === list.length - 1) lines.push({ text: `${INDENT}${close}${comma}` });
    });
  });
  lines.push({ text: '}' });
  return lines;
}

function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}
