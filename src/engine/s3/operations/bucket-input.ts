/** The JSON input of a bucket-level operation, whether it was sent as an object or as text. */
import { fromUtf8 } from '../../crypto/bytes.ts';
import { tryParseJson } from '../../json.ts';
import type { JsonValue } from '../../types.ts';
import type { Exchange } from '../pipeline/exchange.ts';

export function inputJson(x: Exchange): JsonValue | undefined {
  const body = x.request.body;
  if (body === undefined) return undefined;
  return body instanceof Uint8Array ? tryParseJson(fromUtf8(body)) : body;
}

export function inputText(x: Exchange): string {
  const body = x.request.body;
  if (body === undefined) return '';
  return body instanceof Uint8Array ? fromUtf8(body) : JSON.stringify(body);
}
