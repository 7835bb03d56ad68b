/**
 * `headers` and `headersAbsent`: names compare case-insensitively (HTTP header names are
 * case-insensitive; the engine answers in lower case); values exactly or against a pattern.
 */
import type { Expect, Mismatch } from '../types.ts';
import { mismatch, show } from './mismatch.ts';

export function matchHeaders(expect: Expect, headers: Record<string, string>): Mismatch[] {
  const byName = new Map(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  const found: Mismatch[] = [];
  for (const [name, expected] of Object.entries(expect.headers ?? {})) {
    const actual = byName.get(name.toLowerCase());
    const field = `headers.${name}`;
    if (typeof expected === 'string') {
      if (actual !== expected) found.push(mismatch(field, show(expected), show(actual)));
    } else if (actual === undefined || !matches(expected.matches, actual)) {
      found.push(mismatch(field, `a value matching /${expected.matches}/`, show(actual)));
    }
  }
  for (const name of expect.headersAbsent ?? []) {
    const actual = byName.get(name.toLowerCase());
    if (actual !== undefined) found.push(mismatch(`headersAbsent.${name}`, 'absent', show(actual)));
  }
  return found;
}

/** Patterns are checked when the file is read; one built in code may still be invalid. */
function matches(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return false;
  }
}
