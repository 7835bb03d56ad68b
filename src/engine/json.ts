/**
 * JSON helpers shared by the S3 and KMS inputs, the client-side envelope and the scenario runner.
 * Malformed text is `undefined`, never a throw.
 */
import type { JsonObject, JsonValue } from './types.ts';

/** A JSON object: not null, not an array, not bytes. */
export function isJsonObject(value: unknown): value is JsonObject {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}

export function tryParseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}

/**
 * A JSON object whose values are all strings, such as a KMS encryption context or an S3EC material
 * description; `undefined` for anything else.
 */
export function parseStringMap(text: string): Record<string, string> | undefined {
  const value = tryParseJson(text);
  if (!isJsonObject(value)) return undefined;
  const pairs: Record<string, string> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (typeof entry !== 'string') return undefined;
    pairs[key] = entry;
  }
  return pairs;
}

/**
 * A plain data value (a configuration, an evaluation) as JSON for a trace or an answer body:
 * members that are `undefined` are dropped, as JSON.stringify drops them.
 */
export function toJsonValue(value: object): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}
