/**
 * Object data as the scenario format writes it (docs/scenario-format.md "Request.body"): UTF-8
 * text, a repeated string, base64 bytes, or a JSON object (the input of bucket-level and KMS
 * operations, sent as its JSON text when an operation wants bytes).
 */
import { type Bytes, fromBase64, utf8 } from './crypto/bytes.ts';
import type { BodySpec } from './types.ts';

export function bodyToBytes(body: BodySpec): Bytes {
  if (typeof body === 'string') return utf8(body);
  if (isRepeat(body)) return repeatBytes(utf8(body.repeat), body.times);
  if (isBase64(body)) return fromBase64(body.base64) ?? new Uint8Array(0);
  return utf8(JSON.stringify(body));
}

export function isRepeat(body: BodySpec): body is { repeat: string; times: number } {
  if (typeof body !== 'object' || !('repeat' in body) || !('times' in body)) return false;
  return typeof body.repeat === 'string' && typeof body.times === 'number';
}

export function isBase64(body: BodySpec): body is { base64: string } {
  if (typeof body !== 'object' || !('base64' in body)) return false;
  return typeof body.base64 === 'string' && Object.keys(body).length === 1;
}

function repeatBytes(unit: Uint8Array, times: number): Bytes {
  const count = Number.isSafeInteger(times) && times > 0 ? times : 0;
  const out = new Uint8Array(unit.length * count);
  for (let i = 0; i < count; i++) out.set(unit, i * unit.length);
  return out;
}
