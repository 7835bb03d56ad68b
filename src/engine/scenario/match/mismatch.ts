/** How expected and actual values read in a mismatch line. */
import type { JsonValue } from '../../types.ts';
import type { Mismatch } from '../types.ts';

export function mismatch(field: string, expected: string, got: string): Mismatch {
  return { field, expected, got, line: `${field}: expected ${expected}, got ${got}` };
}

/** A JSON value as written in a scenario file; `undefined` reads as "absent". */
export function show(value: JsonValue | undefined): string {
  if (value === undefined) return 'absent';
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
