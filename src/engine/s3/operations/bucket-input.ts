/** The JSON input of a bucket-level operation, whether it was sent as an object or as text. */
import type { JsonObject, JsonValue } from '../../types.ts';
import type { Exchange } from '../pipeline/exchange.ts';

export function inputJson(x: Exchange): JsonValue | undefined {
  const body = x.request.body;
  if (body === undefined) return undefined;
  if (!(body instanceof Uint8Array)) return body;
  try {
    return JSON.parse(new TextDecoder().decode(body)) as JsonValue;
  } catch {
    return undefined;
  }
}

export function inputText(x: Exchange): string {
  const body = x.request.body;
  if (body === undefined) return '';
  return body instanceof Uint8Array ? new TextDecoder().decode(body) : JSON.stringify(body);
}

export const isJsonObject = (value: JsonValue | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
