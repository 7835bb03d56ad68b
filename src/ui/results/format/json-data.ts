/**
 * Safe readers for a trace step's `data` (plain JSON): each returns undefined when the value is
 * not of the expected type, so a view shows what is there and never guesses.
 */
import type { JsonObject, JsonValue } from '../../../engine/index.ts';

export const asObject = (value: JsonValue | undefined): JsonObject | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;

export const asArray = (value: JsonValue | undefined): JsonValue[] | undefined =>
  Array.isArray(value) ? value : undefined;

export const asString = (value: JsonValue | undefined): string | undefined =>
  typeof value === 'string' ? value : undefined;

export const asNumber = (value: JsonValue | undefined): number | undefined =>
  typeof value === 'number' ? value : undefined;

export const asBoolean = (value: JsonValue | undefined): boolean | undefined =>
  typeof value === 'boolean' ? value : undefined;

/** A list of strings (a single string counts as a list of one). */
export function asStrings(value: JsonValue | undefined): string[] | undefined {
  if (typeof value === 'string') return [value];
  const list = asArray(value);
  return list?.every((item) => typeof item === 'string') ? (list as string[]) : undefined;
}

/** A scalar as the key/value list shows it. */
export function scalarText(value: JsonValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return value;
  return String(value);
}
